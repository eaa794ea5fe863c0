import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Instant } from "../entities/common";
import { Lead } from "../entities/lead";
import { Team } from "../entities/team";
import { User } from "../entities/user";
import { type DomainError, domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { QualificationConfig } from "./qualificationConfig";
import {
  CriterionAssessment,
  type LeadAcceptedEvent,
  type QualificationError,
  type QualificationOutcome,
  type RecordedCriterion,
} from "./qualificationDecision";
import {
  checkDecider,
  DecisionNote,
  invalidTransition,
  listOf,
  QUALIFICATION_FROM_STAGES,
  QUALIFICATION_TARGET_STAGE,
} from "./qualificationTransitions";

/** What `acceptLead` needs: the lead, the accepting user and their teams, and the criteria. */
export const AcceptLeadInput = z.object({
  lead: Lead,
  actor: User,
  /** The company's teams, so the sales-team requirement can be checked. */
  teams: z.array(Team).default([]),
  /** Each criterion by name (`budget`, `authority`…); one left out counts as not met. */
  criteria: z.record(z.string().trim().min(1), CriterionAssessment),
  at: Instant,
  note: DecisionNote,
  /** Accept a lead that has not reached `mql` (see `overrideFromStages`); needs a note. */
  override: z.boolean().default(false),
});
export type AcceptLeadInput = z.input<typeof AcceptLeadInput>;

/** Refuses a user outside the teams allowed to accept (by default, sales), whatever their role. */
const checkAcceptingTeam = (
  actor: User,
  teams: readonly Team[],
  config: QualificationConfig,
): DomainError<"not_allowed"> | null => {
  const functions = config.sql.acceptTeamFunctions;
  if (functions.length === 0) return null;
  const ownTeam = teams.find((team) => team.id === actor.teamId);
  const qualifying = teams.filter(
    (team) =>
      functions.includes(team.function) &&
      (team.id === actor.teamId || team.managerId === actor.id),
  );
  if (qualifying.length > 0) return null;
  const where = ownTeam
    ? `${actor.name}'s team '${ownTeam.name}' is ${ownTeam.function}`
    : actor.teamId
      ? `${actor.name}'s team '${actor.teamId}' is not among the teams given`
      : `${actor.name} is in no team`;
  return domainError(
    "not_allowed",
    `Only a member or manager of a ${listOf(functions)} team can accept leads; ${where}.`,
    { details: { userId: actor.id, teamId: actor.teamId, allowedTeamFunctions: functions } },
  );
};

/**
 * Accepts a marketing-qualified lead as sales-qualified (SQL): a sales user
 * records the qualification criteria (BANT by default) and at least the
 * configured minimum must be met. A lead still at an `overrideFromStages`
 * stage (default `lead`) can be accepted only with `override: true` and a
 * note saying why marketing's MQL step was skipped. A configuration or input
 * that is not valid is an `invalid_input` error naming each bad field.
 *
 * @example
 * acceptLead({ lead, actor: rep, teams, at, criteria: {
 *   budget: { met: true }, authority: { met: true }, need: { met: true }, timeline: { met: false } } },
 *   defaultConfig())
 * // ok({ decision: { kind: "sql_accepted", from: "mql", to: "sql", criteria: [...], … },
 * //      event: { type: "lead_accepted", criteriaMet: ["budget", "authority", "need"], … } })
 */
export const acceptLead = (
  input: AcceptLeadInput,
  config: Config,
): Result<QualificationOutcome<LeadAcceptedEvent>, QualificationError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsed = parseInput(AcceptLeadInput, input, "SQL acceptance");
  if (!parsed.ok) return parsed;
  return acceptChecked(parsed.value, company.value.qualification);
};

/** The SQL acceptance rules once the input and settings are known to be valid. */
const acceptChecked = (
  input: z.output<typeof AcceptLeadInput>,
  config: QualificationConfig,
): Result<QualificationOutcome<LeadAcceptedEvent>, QualificationError> => {
  const { lead, actor, teams, criteria, at, note, override } = input;

  const refused = checkDecider("sql_accepted", actor, config.sql.acceptRoles);
  if (refused) return err(refused);
  const outsideTeam = checkAcceptingTeam(actor, teams, config);
  if (outsideTeam) return err(outsideTeam);

  const normal = QUALIFICATION_FROM_STAGES.sql_accepted;
  const byOverride = config.sql.overrideFromStages;
  const isNormal = normal.some((stage) => stage === lead.lifecycleStage);
  const isOverridable = byOverride.some((stage) => stage === lead.lifecycleStage);
  if (!isNormal && !isOverridable)
    return err(invalidTransition("sql_accepted", lead, [...normal, ...byOverride]));
  if (!isNormal && !override)
    return err(
      invalidTransition(
        "sql_accepted",
        lead,
        normal,
        ` To accept it from '${lead.lifecycleStage}' anyway, accept with an override and a note saying why.`,
      ),
    );
  if (!isNormal && !note)
    return err(
      domainError(
        "note_required",
        `Accepting lead '${lead.name}' from '${lead.lifecycleStage}' skips marketing qualification; add a note saying why.`,
        { path: ["note"], details: { leadId: lead.id } },
      ),
    );

  const names = config.sql.criteria;
  const unknown = Object.keys(criteria).filter((name) => !names.includes(name));
  if (unknown.length > 0)
    return err(
      domainError(
        "unknown_criterion",
        `Unknown qualification criteri${unknown.length === 1 ? "on" : "a"} ${unknown.map((n) => `'${n}'`).join(", ")}; use ${listOf(names)}.`,
        { path: ["criteria", unknown[0] ?? ""], details: { unknown, validCriteria: names } },
      ),
    );

  const recorded: RecordedCriterion[] = names.map((name) => {
    const given = criteria[name];
    return given
      ? { name, met: given.met, ...(given.note ? { note: given.note } : {}), recorded: true }
      : { name, met: false, recorded: false };
  });
  const met = recorded.filter((c) => c.met).map((c) => c.name);
  const unmet = recorded
    .filter((c) => !c.met)
    .map((c) => (c.recorded ? c.name : `${c.name} (not recorded)`));
  const { minimum } = config.sql;
  if (met.length < minimum)
    return err(
      domainError(
        "criteria_not_met",
        `Accepting lead '${lead.name}' needs at least ${minimum} of ${listOf(names, "and")} met; ${
          met.length === 0
            ? "none is"
            : `only ${listOf(met, "and")} ${met.length === 1 ? "is" : "are"}`
        }. Missing: ${listOf(unmet, "and")}.`,
        { path: ["criteria"], details: { minimum, met, missing: unmet } },
      ),
    );

  const usedOverride = !isNormal;
  const to = QUALIFICATION_TARGET_STAGE.sql_accepted;
  const reasons = [
    `${met.length} of ${names.length} qualification criteria met (at least ${minimum} needed): ${listOf(met, "and")}`,
    ...(unmet.length > 0 ? [`not met: ${listOf(unmet, "and")}`] : []),
    ...(usedOverride
      ? [`accepted from '${lead.lifecycleStage}' with an override, skipping the MQL step`]
      : []),
  ];
  return ok({
    decision: {
      leadId: lead.id,
      kind: "sql_accepted",
      from: lead.lifecycleStage,
      to,
      by: actor.id,
      at,
      ...(note ? { note } : {}),
      override: usedOverride,
      reasons,
      criteria: recorded,
    },
    event: {
      type: "lead_accepted",
      at,
      by: actor.id,
      leadId: lead.id,
      ownerId: lead.ownerId,
      from: lead.lifecycleStage,
      to,
      criteriaMet: met,
      override: usedOverride,
    },
  });
};
