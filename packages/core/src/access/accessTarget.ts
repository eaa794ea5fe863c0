import { z } from "zod";
import { Account } from "../entities/account";
import { Activity } from "../entities/activity";
import { Contact } from "../entities/contact";
import { Deal } from "../entities/deal";
import { Lead } from "../entities/lead";

/**
 * A record to check, tagged with its kind; only the fields access depends on
 * are read (and checked), so a caller may pass the whole record or just those.
 * Fields left out take the entity's defaults (no previous owners, not private).
 *
 * @example AccessTarget.parse({ kind: "deal", record: { id: "deal-7", ownerId: "user-ada" } }).record.ownerId // "user-ada"
 */
export const AccessTarget = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("account"),
    record: z.object({
      id: Account.shape.id,
      ownerId: Account.shape.ownerId,
      teamId: Account.shape.teamId,
      previousOwnerIds: Account.shape.previousOwnerIds,
    }),
  }),
  z.object({
    kind: z.literal("contact"),
    record: z.object({
      id: Contact.shape.id,
      ownerId: Contact.shape.ownerId,
      previousOwnerIds: Contact.shape.previousOwnerIds,
    }),
  }),
  z.object({
    kind: z.literal("lead"),
    record: z.object({
      id: Lead.shape.id,
      ownerId: Lead.shape.ownerId,
      previousOwnerIds: Lead.shape.previousOwnerIds,
    }),
  }),
  z.object({
    kind: z.literal("deal"),
    record: z.object({ id: Deal.shape.id, ownerId: Deal.shape.ownerId }),
  }),
  z.object({
    kind: z.literal("activity"),
    record: z.object({
      id: Activity.shape.id,
      actorId: Activity.shape.actorId,
      private: Activity.shape.private,
    }),
  }),
]);
export type AccessTarget = z.infer<typeof AccessTarget>;
/** What callers may pass as the record to check: its kind and the record, whole or just the fields access reads. */
export type AccessTargetInput = z.input<typeof AccessTarget>;
