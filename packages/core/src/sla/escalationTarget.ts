import { match } from "ts-pattern";
import { z } from "zod";
import { Team } from "../entities/team";
import { User } from "../entities/user";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { SlaError } from "./slaError";

export const ESCALATION_PATHS = ["team_manager", "own_manager", "parent_team_manager"] as const;
/** Which rule chose the person a missed SLA goes to, in the order they are tried. */
export const EscalationPath = z.enum(ESCALATION_PATHS);
export type EscalationPath = z.infer<typeof EscalationPath>;

/** The person to escalate to, the rule that chose them, and that choice in words. */
export type EscalationTarget = {
  readonly userId: string;
  readonly via: EscalationPath;
  /** The team whose manager was chosen; `null` when it is the owner's own manager. */
  readonly teamId: string | null;
  readonly reason: string;
};

const uniqueIds = (records: readonly { id: string }[]): boolean =>
  new Set(records.map((r) => r.id)).size === records.length;

/** Who owns the SLA and everyone an escalation may go to. */
export const EscalationRequest = z.object({
  owner: User,
  users: z.array(User).refine(uniqueIds, { message: "must not list the same user id twice" }),
  teams: z.array(Team).refine(uniqueIds, { message: "must not list the same team id twice" }),
});
export type EscalationRequest = z.input<typeof EscalationRequest>;

type Candidate = {
  readonly via: EscalationPath;
  readonly managerId: string;
  readonly team: Team | null;
};

const describeChoice = (candidate: Candidate, owner: User, ownTeam: Team | null): string =>
  match(candidate.via)
    .with("team_manager", () => `manager of team ${candidate.team?.name}`)
    .with("own_manager", () => `${owner.name}'s own manager`)
    .with(
      "parent_team_manager",
      () => `manager of team ${candidate.team?.name}, above team ${ownTeam?.name}`,
    )
    .exhaustive();

/**
 * The person a missed SLA escalates to (DOMAIN.md §1): the manager of the owner's team,
 * else the owner's own manager, else the nearest manager up the parent teams — never the
 * owner themself and never an inactive user. `reason` says which rule chose them and who
 * was passed over on the way.
 *
 * @example
 * escalationTarget({ owner: ada, users: [ada, bob], teams: [{ id: "team-sales", name: "Sales EMEA", managerId: "bob", … }] })
 * // { ok: true, value: { userId: "bob", via: "team_manager", teamId: "team-sales", reason: "manager of team Sales EMEA" } }
 */
export const escalationTarget = (
  request: EscalationRequest,
): Result<EscalationTarget, SlaError> => {
  const parsed = parseInput(EscalationRequest, request, "escalation request");
  if (!parsed.ok) return parsed;
  const { owner, users, teams } = parsed.value;
  const usersById = new Map(users.map((u) => [u.id, u]));
  const teamsById = new Map(teams.map((t) => [t.id, t]));

  const findTeam = (teamId: string, whose: string): Result<Team, SlaError> => {
    const team = teamsById.get(teamId);
    return team
      ? ok(team)
      : err(
          domainError(
            "unknown_team",
            `Unknown team '${teamId}', ${whose}; pass every team the owner belongs to or sits under in teams.`,
            { path: ["teams"], details: { teamId } },
          ),
        );
  };

  const ownTeamFound =
    owner.teamId === null ? ok(null) : findTeam(owner.teamId, `the team of ${owner.name}`);
  if (!ownTeamFound.ok) return ownTeamFound;
  const ownTeam = ownTeamFound.value;

  const passedOver: string[] = [];
  // Tries one candidate: a result (chosen, or an error) ends the search, `null` passes them over.
  const consider = (candidate: Candidate): Result<EscalationTarget, SlaError> | null => {
    const where = candidate.team
      ? `team ${candidate.team.name}'s manager`
      : `${owner.name}'s manager`;
    if (candidate.managerId === owner.id) {
      passedOver.push(`${where} is ${owner.name} themself`);
      return null;
    }
    const manager = usersById.get(candidate.managerId);
    if (!manager) {
      return err(
        domainError(
          "unknown_user",
          `Unknown user '${candidate.managerId}', ${where}; pass every manager in users.`,
          { path: ["users"], details: { userId: candidate.managerId } },
        ),
      );
    }
    if (!manager.active) {
      passedOver.push(`${where} ${manager.name} is inactive`);
      return null;
    }
    const reason = describeChoice(candidate, owner, ownTeam);
    return ok({
      userId: manager.id,
      via: candidate.via,
      teamId: candidate.team?.id ?? null,
      reason: passedOver.length ? `${reason} (passed over: ${passedOver.join("; ")})` : reason,
    });
  };

  if (ownTeam !== null) {
    if (ownTeam.managerId === null) passedOver.push(`team ${ownTeam.name} has no manager`);
    else {
      const chosen = consider({ via: "team_manager", managerId: ownTeam.managerId, team: ownTeam });
      if (chosen) return chosen;
    }
  }
  if (owner.managerId === null) passedOver.push(`${owner.name} has no manager`);
  else {
    const chosen = consider({ via: "own_manager", managerId: owner.managerId, team: null });
    if (chosen) return chosen;
  }

  const seen = ownTeam ? [ownTeam] : [];
  for (let team = ownTeam; team?.parentTeamId != null; ) {
    const parentFound = findTeam(team.parentTeamId, `the parent of team ${team.name}`);
    if (!parentFound.ok) return parentFound;
    const parent = parentFound.value;
    if (seen.some((t) => t.id === parent.id)) {
      const loop = [...seen, parent].map((t) => t.name).join(" → ");
      return err(
        domainError(
          "team_cycle",
          `Teams form a cycle (${loop}); fix their parent teams so the hierarchy ends at a top team.`,
          { path: ["teams"], details: { teamIds: [...seen, parent].map((t) => t.id) } },
        ),
      );
    }
    seen.push(parent);
    if (parent.managerId === null) passedOver.push(`team ${parent.name} has no manager`);
    else {
      const chosen = consider({
        via: "parent_team_manager",
        managerId: parent.managerId,
        team: parent,
      });
      if (chosen) return chosen;
    }
    team = parent;
  }

  return err(
    domainError(
      "no_escalation_target",
      `Nobody to escalate ${owner.name}'s missed SLA to (${passedOver.join("; ")}); give ${ownTeam ? `team ${ownTeam.name}` : owner.name} an active manager.`,
      { details: { ownerId: owner.id } },
    ),
  );
};
