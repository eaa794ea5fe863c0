import { z } from "zod";
import { Id, Instant } from "./common";
import { Seniority, Territory } from "./firmographics";
import { LifecycleStage } from "./lifecycleStage";

/** Someone marketing is working who is not yet a qualified sales opportunity. */
export const Lead = Territory.extend({
  id: Id,
  name: z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters"),
  email: z.email("must be an email address").optional(),
  company: z.string().trim().max(300).optional(),
  title: z.string().trim().max(200).optional(),
  seniority: Seniority.optional(),
  department: z.string().trim().max(100).optional(),
  source: z.string().trim().max(100).optional(),
  campaignId: Id.optional(),
  lifecycleStage: LifecycleStage.default("lead"),
  ownerId: Id.nullable().default(null),
  /** The queue the record waits in while no person owns it, so it is never ownerless. */
  ownerQueue: z.string().min(1).nullable().default(null),
  previousOwnerIds: z.array(Id).default([]),
  createdAt: Instant,
});
export type Lead = z.infer<typeof Lead>;
export type LeadInput = z.input<typeof Lead>;
