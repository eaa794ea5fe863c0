import { z } from "zod";
import { Id } from "./common";
import { TeamFunction } from "./role";

/** A group of people working one part of the funnel, with the manager escalations go to. */
export const Team = z.object({
  id: Id,
  name: z.string().trim().min(1, "must not be empty"),
  function: TeamFunction,
  managerId: Id.nullable().default(null),
  parentTeamId: Id.nullable().default(null),
});
export type Team = z.infer<typeof Team>;
export type TeamInput = z.input<typeof Team>;
