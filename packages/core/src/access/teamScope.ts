import { z } from "zod";
import { Team } from "../entities/team";
import { User } from "../entities/user";

/** What access checks need to know about the organisation: its teams and its users. */
export const AccessContext = z.object({
  teams: z.array(Team).readonly(),
  /** Used to find a record owner's team and manager; an owner not listed has neither. */
  users: z.array(User).readonly(),
});
export type AccessContext = z.infer<typeof AccessContext>;

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
  teams: readonly Team[],
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
