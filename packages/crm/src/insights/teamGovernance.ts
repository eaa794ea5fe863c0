import { type Config, teamIdsInScope, type User } from "@baton/core";
import type { Organisation } from "./organisation";

/**
 * True when the actor may set a team's goals and its reps' quotas: the CRM owner (a role
 * that may change every record, admin by default), leadership, or a manager whose team
 * scope reaches the team (their own team, the teams they manage and those below).
 */
export const governsTeam = (
  actor: User,
  teamId: string,
  org: Organisation,
  config: Config,
): boolean =>
  actor.roles.some((role) => config.access.writeScope[role] === "all") ||
  actor.roles.includes("leadership") ||
  (actor.roles.includes("manager") && teamIdsInScope(actor, org.teams).includes(teamId));
