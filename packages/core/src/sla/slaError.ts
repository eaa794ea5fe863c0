import { z } from "zod";
import type { DomainError } from "../result";
import type { InvalidInput } from "../validation";

export const SLA_ERROR_CODES = [
  "invalid_input",
  "unknown_time_zone",
  "no_working_time",
  "out_of_range",
  "unknown_team",
  "unknown_user",
  "team_cycle",
  "no_escalation_target",
] as const;
/** Why an SLA calculation refused its input; stable for programs and translations. */
export const SlaErrorCode = z.enum(SLA_ERROR_CODES);
export type SlaErrorCode = z.infer<typeof SlaErrorCode>;

/** A refusal from the SLA functions: a schema failure, or one of the domain reasons above. */
export type SlaError = InvalidInput | DomainError<Exclude<SlaErrorCode, "invalid_input">>;
