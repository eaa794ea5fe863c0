import { z } from "zod";
import { Id, Instant } from "../../entities/common";

/** A topic label such as "billing" or "login"; compared exactly after trimming. */
export const IssueTopic = z
  .string({ error: "must be a topic name such as 'billing'" })
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters");

/**
 * A service ticket with its timestamps: opened, first answered by a person (`null` while
 * unanswered) and resolved (`null` while open), and its issue topic.
 */
export const SupportTicket = z
  .object({
    id: Id,
    openedAt: Instant,
    firstResponseAt: Instant.nullable().default(null),
    resolvedAt: Instant.nullable().default(null),
    topic: IssueTopic,
  })
  .refine((t) => t.firstResponseAt === null || t.firstResponseAt >= t.openedAt, {
    message: "the first response cannot come before the ticket was opened",
    path: ["firstResponseAt"],
  })
  .refine((t) => t.resolvedAt === null || t.resolvedAt >= t.openedAt, {
    message: "a ticket cannot be resolved before it was opened",
    path: ["resolvedAt"],
  });
export type SupportTicket = z.infer<typeof SupportTicket>;
export type SupportTicketInput = z.input<typeof SupportTicket>;

/** The tickets a service KPI reads. */
export const TicketData = z.object({ tickets: z.array(SupportTicket) });
export type TicketData = z.infer<typeof TicketData>;
export type TicketDataInput = z.input<typeof TicketData>;
