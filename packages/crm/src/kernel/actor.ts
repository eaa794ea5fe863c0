import { err, ok, type Result, type User } from "@baton/core";
import { type Database, userFromRow } from "@baton/store";
import type { Kysely } from "kysely";
import { type CrmError, crmError } from "./crmError";

/**
 * Who is acting: a Baton user id. Apps resolve chat identities to it first; the
 * use case loads the user (roles, team) itself, so access is judged on what the
 * database says now, not on what a caller claims.
 */
export type Actor = { readonly userId: string };

/** Loads the acting user; an unknown or deactivated user is refused, never served. */
export const loadActor = async (
  db: Kysely<Database>,
  actor: Actor,
): Promise<Result<User, CrmError>> => {
  if (typeof actor?.userId !== "string" || actor.userId.length === 0) {
    return err(crmError("unknown_actor", "No acting user was given."));
  }
  const row = await db
    .selectFrom("users")
    .selectAll()
    .where("id", "=", actor.userId)
    .executeTakeFirst();
  if (!row) return err(crmError("unknown_actor", `No Baton user '${actor.userId}'.`));
  const user = userFromRow(row);
  if (!user.active) return err(crmError("inactive_actor", `User '${user.name}' is deactivated.`));
  return ok(user);
};
