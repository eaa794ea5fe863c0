import { z } from "zod";
import { Id, Instant } from "./common";
import { Money } from "./money";

/** One entry of a deal's stage history: which stage, since when, moved by whom. */
export const StageChange = z.object({
  stage: z.string().min(1),
  at: Instant,
  by: Id,
});
export type StageChange = z.infer<typeof StageChange>;

/**
 * An opportunity in the sales pipeline. `stage` is a pipeline stage id from the
 * company `Config` (validated there, since the pipeline is configurable).
 */
export const Deal = z.object({
  id: Id,
  name: z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters"),
  accountId: Id,
  ownerId: Id,
  stage: z.string().min(1, "must name a pipeline stage"),
  amount: Money,
  closeDate: Instant,
  createdAt: Instant,
  closedAt: Instant.nullable().default(null),
  contactIds: z.array(Id).default([]),
  stageHistory: z.array(StageChange).default([]),
});
export type Deal = z.infer<typeof Deal>;
export type DealInput = z.input<typeof Deal>;
