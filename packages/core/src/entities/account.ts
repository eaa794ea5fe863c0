import { z } from "zod";
import { Id, Instant } from "./common";
import { Territory } from "./firmographics";
import { LifecycleStage } from "./lifecycleStage";

/** A company Baton tracks, with where it sits in the funnel and who owns it now. */
export const Account = Territory.extend({
  id: Id,
  name: z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters"),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be a domain such as 'acme.com'")
    .optional(),
  parentId: Id.nullable().default(null),
  lifecycleStage: LifecycleStage.default("lead"),
  ownerId: Id.nullable().default(null),
  /** The queue the record waits in while no person owns it, so it is never ownerless. */
  ownerQueue: z.string().min(1).nullable().default(null),
  teamId: Id.nullable().default(null),
  /** Previous owners keep read access after a hand-off. */
  previousOwnerIds: z.array(Id).default([]),
  createdAt: Instant,
});
export type Account = z.infer<typeof Account>;
export type AccountInput = z.input<typeof Account>;
