import { z } from "zod";
import { Instant } from "../entities/common";
import { Lead } from "../entities/lead";
import type { Role } from "../entities/role";
import { User } from "../entities/user";
import { err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type {
  LeadDisqualifiedEvent,
  LeadRecycledEvent,
  QualificationError,
  QualificationOutcome,
} from "./qualificationDecision";
import {
  checkDecider,
  DecisionNote,
  invalidTransition,
  QUALIFICATION_FROM_STAGES,
  QUALIFICATION_TARGET_STAGE,
  unknownReason,
} from "./qualificationTransitions";

/** What recycling or disqualifying a lead needs: who, when, a reason code and an optional note. */
export const ReasonCodedDecisionInput = z.object({
  lead: Lead,
  actor: User,
  reasonCode: z.string({ error: "must be a reason code" }).trim().min(1, "must be a reason code"),
  at: Instant,
  note: DecisionNote,
});
export type ReasonCodedDecisionInput = z.input<typeof ReasonCodedDecisionInput>;

type ReasonCodedEvent = LeadRecycledEvent | LeadDisqualifiedEvent;
/** The fields both events share: everything but the `type`. */
type ReasonCodedFields = Omit<LeadRecycledEvent, "type">;

/** How recycle and disqualify differ: their reason codes, who may decide, and the event. */
export type ReasonCodedSpec<E extends ReasonCodedEvent> = {
  readonly kind: "recycled" | "disqualified";
  readonly reasonCodes: readonly string[];
  readonly roles: readonly Role[];
  readonly because: (actorName: string, reasonCode: string) => string;
  readonly event: (fields: ReasonCodedFields) => E;
};

/**
 * Takes a lead off sales' path with a configured reason code: back to
 * marketing nurture (`recycled`) or out of the funnel (`disqualified`).
 * Shared by `recycleLead` and `disqualifyLead`.
 */
export const reasonCodedDecision = <E extends ReasonCodedEvent>(
  spec: ReasonCodedSpec<E>,
  input: ReasonCodedDecisionInput,
): Result<QualificationOutcome<E>, QualificationError> => {
  const { kind } = spec;
  const parsed = parseInput(
    ReasonCodedDecisionInput,
    input,
    kind === "recycled" ? "recycle decision" : "disqualify decision",
  );
  if (!parsed.ok) return parsed;
  const { lead, actor, reasonCode, at, note } = parsed.value;

  const refused = checkDecider(kind, actor, spec.roles);
  if (refused) return err(refused);

  const allowed: readonly Lead["lifecycleStage"][] = QUALIFICATION_FROM_STAGES[kind];
  if (!allowed.includes(lead.lifecycleStage)) return err(invalidTransition(kind, lead, allowed));

  if (!spec.reasonCodes.includes(reasonCode))
    return err(unknownReason(kind, reasonCode, spec.reasonCodes));

  const to = QUALIFICATION_TARGET_STAGE[kind];
  const moved = { at, by: actor.id, leadId: lead.id, from: lead.lifecycleStage, to, reasonCode };
  return ok({
    decision: {
      ...moved,
      kind,
      ...(note ? { note } : {}),
      reasons: [spec.because(actor.name, reasonCode)],
    },
    event: spec.event({ ...moved, ownerId: lead.ownerId }),
  });
};
