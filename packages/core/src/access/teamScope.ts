import { z } from "zod";
import { Team } from "../entities/team";
import { User } from "../entities/user";

const ScopeTeam = Team.pick({ id: true, managerId: true, parentTeamId: true });
const ScopeUser = User.pick({ id: true, teamId: true, managerId: true });

/**
 * What access checks need to know about the organisation: its teams and its
 * users, each with only the fields access reads (a full `Team` or `User` fits).
 */
export const AccessContext = z.object({
  // Plain arrays, not `.readonly()`: zod's readonly freezes even a value it refused, and throws on a typed array.
  teams: z.array(ScopeTeam),
  /** Used to find a record owner's team and manager; an owner not listed has neither. */
  users: z.array(ScopeUser),
});
export type AccessContext = z.infer<typeof AccessContext>;
/** What callers may pass as the organisation: `{ teams, users }` with full or partial records. */
export type AccessContextInput = {
  readonly teams: readonly z.input<typeof ScopeTeam>[];
  readonly users: readonly z.input<typeof ScopeUser>[];
};

/** The team fields the team scope follows. */
export type ScopeTeam = z.infer<typeof ScopeTeam>;

/**
 * The ids of the teams whose records an actor's `team` scope reaches: their own
 * team, the teams they manage (`Team.managerId`), and every team below those
 * (`parentTeamId`, followed safely even if the data has a cycle).
 *
 * @example
 * teamIdsInScope(emeaManager, [emea, { ...dach, parentTeamId: emea.id }]) // ["team-emea", "team-dach"]
 */
export const teamIdsInScope = (
  actor: Pick<User, "id" | "teamId">,
  teams: readonly ScopeTeam[],
): readonly string[] => {
  const reached = new Set<string>();
  if (actor.teamId) reached.add(actor.teamId);
  const queue = teams.filter((team) => team.managerId === actor.id).map((team) => team.id);
  const below = new Set<string>();
  while (queue.length > 0) {
    const id = queue.shift();
    if (id === undefined || below.has(id)) continue;
    below.add(id);
    reached.add(id);
    for (const child of teams) if (child.parentTeamId === id) queue.push(child.id);
  }
  return [...reached];
};
