import { z } from "zod";

export const ROLES = [
  "rep",
  "manager",
  "marketing",
  "service",
  "finance",
  "legal",
  "leadership",
  "admin",
] as const;
/** What a person does in the company; decides what they may see and change. */
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const TEAM_FUNCTIONS = [
  "marketing",
  "sales",
  "service",
  "finance",
  "legal",
  "leadership",
  "ops",
] as const;
/** Which part of the funnel a team works. */
export const TeamFunction = z.enum(TEAM_FUNCTIONS);
export type TeamFunction = z.infer<typeof TeamFunction>;
