import { z } from "zod";
import { Id, Instant, oneOf } from "./common";

export const ACTIVITY_KINDS = ["call", "email", "meeting", "demo", "note", "task"] as const;
/** What a person did with a customer. */
export const ActivityKind = z.enum(ACTIVITY_KINDS, {
  error: oneOf("activity kind", ACTIVITY_KINDS),
});
export type ActivityKind = z.infer<typeof ActivityKind>;

export const Direction = z.enum(["inbound", "outbound"]);
export type Direction = z.infer<typeof Direction>;

/** The follow-up agreed in an activity: what and by when. */
export const NextStep = z.object({
  text: z.string().trim().min(1, "must say what the next step is").max(500),
  dueAt: Instant,
});
export type NextStep = z.infer<typeof NextStep>;

/** A call, email, meeting, demo, note or task, on the record of an account, contact, lead or deal. */
export const Activity = z
  .object({
    id: Id,
    kind: ActivityKind,
    direction: Direction.optional(),
    outcome: z.string().trim().max(100).optional(),
    subject: z.string().trim().max(300).optional(),
    body: z.string().max(20_000, "must be at most 20,000 characters").optional(),
    occurredAt: Instant,
    actorId: Id,
    accountId: Id.nullable().default(null),
    contactId: Id.nullable().default(null),
    leadId: Id.nullable().default(null),
    dealId: Id.nullable().default(null),
    nextStep: NextStep.nullable().default(null),
    /** A private note is visible to its author only. */
    private: z.boolean().default(false),
  })
  .refine((a) => a.accountId ?? a.contactId ?? a.leadId ?? a.dealId, {
    message: "an activity must be on an account, contact, lead or deal",
  });
export type Activity = z.infer<typeof Activity>;
export type ActivityInput = z.input<typeof Activity>;
