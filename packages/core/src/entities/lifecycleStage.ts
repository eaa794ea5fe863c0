import { z } from "zod";
import { oneOf } from "./common";

/** The forward path of a person or company through the funnel, in order (HubSpot's). */
export const FUNNEL_STAGES = [
  "subscriber",
  "lead",
  "mql",
  "sql",
  "opportunity",
  "customer",
  "evangelist",
] as const;

/** Side and terminal states: off the forward path. */
export const SIDE_STAGES = ["disqualified", "recycled", "churned", "other"] as const;

export const LIFECYCLE_STAGES = [...FUNNEL_STAGES, ...SIDE_STAGES] as const;
export const LifecycleStage = z.enum(LIFECYCLE_STAGES, {
  error: oneOf("lifecycle stage", LIFECYCLE_STAGES),
});
export type LifecycleStage = z.infer<typeof LifecycleStage>;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type SideStage = (typeof SIDE_STAGES)[number];
