import {
  type Assessment,
  AssessmentKind,
  type AssessmentResolution,
  AssessmentValue,
  recordAssessment as checkAssessment,
  err,
  Id,
  ok,
  parseInput,
  type Result,
} from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { assessmentFromRow, assessmentToRow } from "./assessmentRows";
import { authorTeamFunction, JudgedKind, loadJudgedRecord } from "./judgedRecord";
import { loadOrganisation } from "./organisation";
import { canActorRead } from "./recordReach";

/** What `recordAssessment` takes: which record, which judgement, the value and how sure. */
export const RecordAssessmentRequest = z.strictObject({
  record: z.strictObject({ kind: JudgedKind, id: Id }),
  /** A kind from `config.assessments.kinds`, e.g. `customer_grade` or `intent_to_buy`. */
  kind: AssessmentKind,
  value: AssessmentValue,
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().max(2_000).optional(),
});
export type RecordAssessmentRequest = z.input<typeof RecordAssessmentRequest>;

/** The judgement as stored, and the kind's current value with it counted. */
export type AssessmentRecorded = {
  readonly assessment: Assessment;
  readonly resolution: AssessmentResolution;
};

/**
 * Records the actor's judgement of a record (a customer grade, intent to buy...) for
 * their team, beside every earlier one — never over them — and resolves the kind's
 * current value by the company's rule (core `recordAssessment`), with an
 * `assessment_recorded` event saying whether it moved. Anyone who may read the record
 * may judge it.
 *
 * @example await crm.recordAssessment(sue, { record: { kind: "account", id: "acct-acme" },
 *   kind: "customer_grade", value: "B" })
 * // ok({ assessment: { team: "service", … }, resolution: { value: "B", rule: "owner_team_wins", … } })
 */
export const recordAssessment =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: RecordAssessmentRequest,
    options?: WriteOptions,
  ): Promise<Result<AssessmentRecorded, CrmError>> =>
    runWrite(ctx, actor, "recordAssessment", options, async (w) => {
      const parsed = parseInput(RecordAssessmentRequest, input, "assessment");
      if (!parsed.ok) return parsed;
      const { record: which, kind, value, confidence, note } = parsed.value;
      const record = await loadJudgedRecord(w.tx, which.kind, which.id);
      if (!record) return err(crmError("not_found", `No ${which.kind} '${which.id}' to assess.`));
      const org = await loadOrganisation(w.tx);
      if (!canActorRead(w.actor, record.target, org, ctx.config))
        return err(
          crmError(
            "forbidden",
            `You cannot see ${which.kind} '${record.name}', so you cannot assess it; ask its owner.`,
          ),
        );
      const recorded = await w.tx
        .selectFrom("assessments")
        .selectAll()
        .where("record_kind", "=", which.kind)
        .where("record_id", "=", which.id)
        .where("kind", "=", kind)
        .orderBy("at")
        .orderBy("id")
        .forUpdate()
        .execute();
      const outcome = checkAssessment(
        {
          assessment: {
            id: ctx.newId(),
            recordId: which.id,
            kind,
            value,
            authorId: w.actor.id,
            team: authorTeamFunction(w.actor, org),
            at: w.now,
            ...(confidence === undefined ? {} : { confidence }),
            ...(note === undefined ? {} : { note }),
          },
          recorded: recorded.map(assessmentFromRow),
          context: record.stage === undefined ? { ownerTeam: null } : { stage: record.stage },
        },
        ctx.config,
      );
      if (!outcome.ok) return outcome;
      const { assessment, resolution, event } = outcome.value;
      await w.tx
        .insertInto("assessments")
        .values(assessmentToRow(assessment, which.kind))
        .execute();
      await w.history({ type: "assessment", id: assessment.id }, null, assessment);
      await w.emit(event);
      return ok({ assessment, resolution });
    });
