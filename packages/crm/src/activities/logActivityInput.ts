import { ACTIVITY_KINDS, Activity, Direction, NextStep } from "@baton/core";
import { z } from "zod";
import { InstantInput } from "../records/recordInput";

/** Longest body kept: a long email thread fits, a pasted file does not. */
export const MAX_BODY_LENGTH = 20_000;

/** A name or id as a person types it to say which record they mean. */
const RecordName = z
  .string({ error: "must be a name or an id" })
  .trim()
  .min(1, "must not be empty")
  .max(300, "must be at most 300 characters");

const LOGGED_KINDS = ACTIVITY_KINDS.filter((kind) => kind !== "task");

export const LogActivityInput = z
  .object({
    kind: z.enum(LOGGED_KINDS, {
      error: (issue) =>
        issue.input === "task"
          ? "cannot be 'task': schedule a task as the nextStep of the activity it follows"
          : `must be one of ${LOGGED_KINDS.join(", ")}`,
    }),
    /** The account, by name or id. */
    account: RecordName.optional(),
    /** The deal, by name or id; looked for on the account when one is given. */
    deal: RecordName.optional(),
    /** The contact, by name, email or id; looked for on the account when one is known. */
    contact: RecordName.optional(),
    subject: Activity.shape.subject,
    body: z
      .string({ error: "must be text" })
      .max(MAX_BODY_LENGTH, `must be at most ${MAX_BODY_LENGTH.toLocaleString("en")} characters`)
      .optional(),
    /** When it happened; now when left out. */
    occurredAt: InstantInput.optional(),
    direction: Direction.optional(),
    outcome: Activity.shape.outcome,
    /** A private note is seen by its author only. */
    private: z.boolean().default(false),
    /** The agreed follow-up, scheduled as a task for the author. */
    nextStep: z.object({ text: NextStep.shape.text, dueAt: InstantInput }).strict().optional(),
  })
  .strict()
  .refine((input) => input.account ?? input.deal ?? input.contact, {
    message: "must say which account, deal or contact the activity is on",
  });
export type LogActivityInput = z.input<typeof LogActivityInput>;
