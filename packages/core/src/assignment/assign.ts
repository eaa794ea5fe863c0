import { match } from "ts-pattern";
import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Id, Instant } from "../entities/common";
import { TeamFunction } from "../entities/role";
import { Team } from "../entities/team";
import { User } from "../entities/user";
import { ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import type { AssignmentRule, AssignmentTarget } from "./assignmentConfig";
import { RotationState, type RuleRotation } from "./rotationState";
import { byId, nextInRoundRobin } from "./roundRobin";
import { RoutableRecord } from "./routableRecord";
import { explainCondition } from "./territoryCondition";
import { AssignmentSkipReason, userAvailability } from "./userAvailability";
import { nextByWeight } from "./weightedRotation";

/** Everything routing needs to place one record; time and rotation come in, nothing is hidden. */
export const AssignInput = z.object({
  record: RoutableRecord,
  /** The team the record is being handed to; only rules for that team (or for any team) apply. */
  forTeam: TeamFunction.optional(),
  users: z
    .array(User)
    .superRefine((users, ctx) => {
      const seen = new Set<string>();
      users.forEach((user, index) => {
        if (seen.has(user.id)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "id"],
            message: `user id '${user.id}' appears twice; pass each user once`,
          });
        }
        seen.add(user.id);
      });
    })
    // Read-only by type, not `.readonly()`: zod's readonly freezes even a value it refused (the
    // caller's own object) and throws on a typed array instead of refusing it.
    .transform((users): readonly User[] => users),
  /** Lets a round-robin over a team be checked against the teams that exist. */
  teams: z
    .array(Team)
    .transform((teams): readonly Team[] => teams)
    .optional(),
  /** Records each user has been given today (user id → count); absent means none. */
  assignedToday: z
    .record(z.string(), z.number().int("must be a whole number").min(0, "must be 0 or more"))
    .transform((counts): Readonly<Record<string, number>> => counts),
  rotation: RotationState,
  now: Instant,
});
export type AssignInput = z.infer<typeof AssignInput>;

/** Where the record goes: a person, or a queue where it waits to be picked up. */
export const AssignedOwner = z.discriminatedUnion("type", [
  z.object({ type: z.literal("user"), userId: Id }),
  z.object({ type: z.literal("queue"), queue: z.string().min(1) }),
]);
export type AssignedOwner = z.infer<typeof AssignedOwner>;

/** A person a rule named whom routing passed over. */
export const AssignmentSkip = z.object({ userId: z.string(), reason: AssignmentSkipReason });
export type AssignmentSkip = z.infer<typeof AssignmentSkip>;

/** The routing decision with its reasons, and the rotation to store for the next record. */
export const AssignOutcome = z.object({
  owner: AssignedOwner,
  /** The rule that placed the record; `null` when it went to a fallback queue. */
  ruleId: Id.nullable(),
  /** Sentences: which rules did not match and why, which did, who was skipped, who was picked. */
  explanation: z.array(z.string()).readonly(),
  /** Each person passed over once, in the order routing met them. */
  skipped: z.array(AssignmentSkip).readonly(),
  rotation: RotationState,
});
export type AssignOutcome = z.infer<typeof AssignOutcome>;

export const ASSIGNMENT_ERROR_CODES = ["invalid_input"] as const;
export type AssignmentErrorCode = (typeof ASSIGNMENT_ERROR_CODES)[number];
/**
 * Routing refuses only malformed input or configuration; everything else (unknown users,
 * nobody available) is a routing outcome that falls through to the next rule or the queue.
 */
export type AssignmentError = InvalidInput;

type Routing = {
  readonly record: RoutableRecord;
  readonly usersById: ReadonlyMap<string, User>;
  readonly teamsById: ReadonlyMap<string, Team> | undefined;
  readonly assignedToday: Readonly<Record<string, number>>;
  readonly now: Date;
};

type Placement = {
  readonly lines: readonly string[];
  readonly skips: readonly AssignmentSkip[];
  readonly picked?: { readonly userId: string; readonly rotation?: RuleRotation };
};

/** Who a target picked, in words, and the rule's rotation after picking them. */
type TargetPick = {
  readonly user: User;
  readonly because: string;
  readonly rotation?: RuleRotation;
};

/** Reads a user-keyed record without ever reaching Object.prototype (ids are free text). */
const own = <V>(values: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(values, key) ? values[key] : undefined;

const person = (user: User): string => `${user.name} (${user.id})`;

const quoteRule = (rule: AssignmentRule): string => `Rule '${rule.name}'`;

/** Everyone a target could route to, before availability: unique and in a fixed order. */
const candidatesOf = (
  rule: AssignmentRule,
  routing: Routing,
): { ids: readonly string[]; lines: readonly string[] } =>
  match<AssignmentTarget, { ids: readonly string[]; lines: readonly string[] }>(rule.target)
    .with({ type: "user" }, (t) => ({ ids: [t.userId], lines: [] }))
    .with({ type: "weighted" }, (t) => ({ ids: Object.keys(t.weights).sort(byId), lines: [] }))
    .with({ type: "round_robin" }, (t) => {
      const lines: string[] = [];
      let members: string[] = [];
      if (t.teamId !== undefined) {
        const teamId = t.teamId;
        const team = routing.teamsById?.get(teamId);
        if (routing.teamsById !== undefined && team === undefined) {
          lines.push(
            `${quoteRule(rule)} rotates over team '${teamId}', which does not exist; fix the rule or add the team.`,
          );
        } else {
          members = [...routing.usersById.values()]
            .filter((u) => u.teamId === teamId)
            .map((u) => u.id);
          if (members.length === 0) {
            const name = team === undefined ? `'${teamId}'` : `'${team.name}' (${teamId})`;
            lines.push(`Team ${name} has no members to rotate over.`);
          }
        }
      }
      const ids = [...new Set([...(t.userIds ?? []), ...members])].sort(byId);
      return { ids, lines };
    })
    .exhaustive();

/** Tries to place the record with one matching rule's target, honouring availability and rotation. */
const placeWithRule = (
  rule: AssignmentRule,
  routing: Routing,
  rotation: RuleRotation | undefined,
): Placement => {
  const candidates = candidatesOf(rule, routing);
  const lines = [...candidates.lines];
  const skips: AssignmentSkip[] = [];
  const eligible: User[] = [];
  for (const userId of candidates.ids) {
    const user = routing.usersById.get(userId);
    if (user === undefined) {
      skips.push({ userId, reason: "unknown_user" });
      lines.push(
        `Skipped '${userId}': no user has this id; remove or correct them in rule '${rule.name}'.`,
      );
      continue;
    }
    const availability = userAvailability(
      user,
      own(routing.assignedToday, userId) ?? 0,
      routing.now,
    );
    if (availability.available) {
      eligible.push(user);
    } else {
      skips.push({ userId, reason: availability.reason });
      lines.push(`Skipped ${person(user)}: ${availability.because}.`);
    }
  }

  const pick = match<AssignmentTarget, TargetPick | undefined>(rule.target)
    .with({ type: "user" }, () => {
      const [user] = eligible;
      return user === undefined ? undefined : { user, because: "the rule names them" };
    })
    .with({ type: "round_robin" }, () => {
      const last = rotation?.type === "round_robin" ? rotation.lastUserId : undefined;
      const nextId = nextInRoundRobin(
        eligible.map((u) => u.id),
        last,
      );
      const user = eligible.find((u) => u.id === nextId);
      if (user === undefined) return undefined;
      const turn =
        last === undefined ? "first in the round-robin" : `next in the round-robin after ${last}`;
      return {
        user,
        because: `${turn}, among ${eligible.length} available`,
        rotation: { type: "round_robin", lastUserId: user.id },
      };
    })
    .with({ type: "weighted" }, (target) => {
      const running = rotation?.type === "weighted" ? rotation.currentWeights : {};
      // Running weights of people no longer in the rule would skew nothing but grow the state.
      const kept = Object.fromEntries(
        Object.entries(running).filter(([userId]) => Object.hasOwn(target.weights, userId)),
      );
      const weighted = eligible.map((u) => ({
        userId: u.id,
        weight: own(target.weights, u.id) ?? 0,
      }));
      const next = nextByWeight(weighted, kept);
      const user = eligible.find((u) => u.id === next?.userId);
      if (next === undefined || user === undefined) return undefined;
      const total = weighted.reduce((sum, w) => sum + w.weight, 0);
      return {
        user,
        because: `weighted rotation, weight ${own(target.weights, user.id) ?? 0} of ${total} among the ${eligible.length} available`,
        rotation: { type: "weighted", currentWeights: next.currentWeights },
      };
    })
    .exhaustive();

  if (pick === undefined) {
    lines.push(
      `${quoteRule(rule)} matched but no one it routes to is available, so the next rule is tried.`,
    );
    return { lines, skips };
  }
  lines.push(`Assigned to ${person(pick.user)} by rule '${rule.name}': ${pick.because}.`);
  return {
    lines,
    skips,
    picked: { userId: pick.user.id, rotation: pick.rotation },
  };
};

const teamMismatch = (rule: AssignmentRule, forTeam: TeamFunction | undefined): string | null => {
  if (rule.forTeam === undefined || rule.forTeam === forTeam) return null;
  const thisOne =
    forTeam === undefined ? "this assignment names no team" : `this is a ${forTeam} assignment`;
  return `${quoteRule(rule)} was not considered: it routes only ${rule.forTeam} records and ${thisOne}.`;
};

/**
 * Routes a record to an owner: rules in priority order, the first that matches and has an
 * available person wins (a named user, a round-robin, or a weighted share), skipping people
 * who are inactive, out of office or at their daily cap; if none can, the record waits in the
 * fallback queue. The rules and queues are the company configuration's `assignment` section;
 * a configuration that is not valid (in any section) is refused, never half-used. The outcome
 * explains every step and carries the updated rotation to store.
 *
 * @example
 * const config = parseConfig({ assignment: { rules: [{ id: "dach", name: "DACH",
 *   when: { field: "country", in: ["DE"] }, target: { type: "user", userId: ada.id } }] } }).value;
 * assign(
 *   { record: { country: "DE" }, users: [ada], assignedToday: {}, rotation: emptyRotationState(), now },
 *   config,
 * )
 * // ok({ owner: { type: "user", userId: ada.id }, ruleId: "dach",
 * //      explanation: ["Rule 'DACH' matched: country is 'DE' (one of DE).",
 * //                    "Assigned to Ada Rep (user-1) by rule 'DACH': the rule names them."], … })
 */
export const assign = (
  input: AssignInput,
  config: Config,
): Result<AssignOutcome, AssignmentError> => {
  const checkedConfig = readConfig(config);
  if (!checkedConfig.ok) return checkedConfig;
  const parsedInput = parseInput(AssignInput, input, "assignment input");
  if (!parsedInput.ok) return parsedInput;
  const { record, forTeam, users, teams, assignedToday, rotation, now } = parsedInput.value;
  const { rules, fallbackQueue, fallbackQueues } = checkedConfig.value.assignment;

  const routing: Routing = {
    record,
    usersById: new Map(users.map((u) => [u.id, u])),
    teamsById: teams === undefined ? undefined : new Map(teams.map((t) => [t.id, t])),
    assignedToday,
    now,
  };
  const explanation: string[] = [];
  const skipped = new Map<string, AssignmentSkip>();

  for (const rule of rules) {
    const mismatch = teamMismatch(rule, forTeam);
    if (mismatch !== null) {
      explanation.push(mismatch);
      continue;
    }
    const verdict =
      rule.when === undefined
        ? { matches: true, reason: "it has no conditions, so it takes every record" }
        : explainCondition(rule.when, record);
    if (!verdict.matches) {
      explanation.push(`${quoteRule(rule)} did not match: ${verdict.reason}.`);
      continue;
    }
    explanation.push(`${quoteRule(rule)} matched: ${verdict.reason}.`);
    const placement = placeWithRule(rule, routing, own(rotation.byRule, rule.id));
    explanation.push(...placement.lines);
    for (const skip of placement.skips) {
      if (!skipped.has(skip.userId)) skipped.set(skip.userId, skip);
    }
    if (placement.picked !== undefined) {
      const ruleRotation = placement.picked.rotation;
      return ok({
        owner: { type: "user", userId: placement.picked.userId },
        ruleId: rule.id,
        explanation,
        skipped: [...skipped.values()],
        rotation:
          ruleRotation === undefined
            ? { byRule: { ...rotation.byRule } }
            : { byRule: { ...rotation.byRule, [rule.id]: ruleRotation } },
      });
    }
  }

  const teamQueue = forTeam === undefined ? undefined : fallbackQueues[forTeam];
  const queue = teamQueue ?? fallbackQueue;
  explanation.push(
    rules.length === 0
      ? `No assignment rules are set up, so the record waits in the '${queue}' queue.`
      : `No rule placed the record with an available person, so it waits in the ${teamQueue === undefined ? "" : `${forTeam} `}fallback queue '${queue}'.`,
  );
  return ok({
    owner: { type: "queue", queue },
    ruleId: null,
    explanation,
    skipped: [...skipped.values()],
    rotation: { byRule: { ...rotation.byRule } },
  });
};
