import { z } from "zod";

/** The lead a decision is about. */
export const LeadRef = z.object({ leadId: z.string().trim().min(1, "must name a lead") });

/** A free-text note on a decision; core trims it and checks its length. */
export const DecisionNoteInput = z.string().optional();

/** Recycling or disqualifying: the lead, a configured reason code and an optional note. */
export const ReasonCodedLeadInput = LeadRef.extend({
  reasonCode: z.string({ error: "must be a reason code" }),
  note: DecisionNoteInput,
});
export type ReasonCodedLeadInput = z.input<typeof ReasonCodedLeadInput>;
