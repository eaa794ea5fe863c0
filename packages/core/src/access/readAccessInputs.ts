import type { z } from "zod";
import type { Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import { AccessActor } from "./accessActor";
import { AccessContext } from "./teamScope";

const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === "object" && value !== null;

const samePrint = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * A reader that checks a value against `schema` once per object: access
 * predicates run once per record when a list is filtered, with the same actor
 * and organisation each time, so each is parsed once and its answer kept in a
 * WeakMap (a pure memo that never holds a value alive). `print` lists what the
 * answer depends on; an object whose print changed (edited in place) is read again.
 */
const checkedOnce = <S extends z.ZodType>(
  schema: S,
  what: string,
  print: (value: Record<PropertyKey, unknown>) => readonly unknown[],
) => {
  const memo = new WeakMap<
    object,
    { print: readonly unknown[]; read: Result<z.output<S>, InvalidInput> }
  >();
  return (value: unknown): Result<z.output<S>, InvalidInput> => {
    if (!isObject(value)) return parseInput(schema, value, what);
    const current = print(value);
    const known = memo.get(value);
    if (known && samePrint(known.print, current)) return known.read;
    const read = parseInput(schema, value, what);
    memo.set(value, { print: current, read });
    return read;
  };
};

/**
 * The acting user, checked: every field the check reads is in the print (roles
 * element by element), so deactivating a user object in place takes effect at once.
 */
export const readAccessActor = checkedOnce(AccessActor, "acting user", (actor) => {
  const { id, roles, teamId, active } = actor;
  return [id, teamId, active, roles, ...(Array.isArray(roles) ? roles : [])];
});

/**
 * The organisation, checked once per context object. Its print is the two
 * lists and their lengths, not every user's fields, so the check stays O(1)
 * per record for a company of any size: build a new context (or new lists)
 * when the organisation changes rather than editing a user inside it.
 */
export const readAccessContext = checkedOnce(AccessContext, "access context", (ctx) => {
  const { teams, users } = ctx;
  return [
    teams,
    users,
    Array.isArray(teams) ? teams.length : -1,
    Array.isArray(users) ? users.length : -1,
  ];
});
