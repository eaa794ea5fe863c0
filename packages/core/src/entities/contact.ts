import { z } from "zod";
import { Id, Instant } from "./common";
import { Seniority } from "./firmographics";
import { LifecycleStage } from "./lifecycleStage";

/** A person at an account. */
export const Contact = z.object({
  id: Id,
  accountId: Id.nullable().default(null),
  name: z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters"),
  email: z.email("must be an email address").optional(),
  phone: z.string().trim().min(3).max(40).optional(),
  title: z.string().trim().max(200).optional(),
  seniority: Seniority.optional(),
  department: z.string().trim().max(100).optional(),
  lifecycleStage: LifecycleStage.default("lead"),
  ownerId: Id.nullable().default(null),
  /** The queue the record waits in while no person owns it, so it is never ownerless. */
  ownerQueue: z.string().min(1).nullable().default(null),
  previousOwnerIds: z.array(Id).default([]),
  createdAt: Instant,
});
export type Contact = z.infer<typeof Contact>;
export type ContactInput = z.input<typeof Contact>;
