import type { DomainError } from "../result";
import type { InvalidInput } from "../validation";

export const HEALTH_ERROR_CODES = [
  "invalid_input",
  "duplicate_account",
  "duplicate_record",
  "account_cycle",
  "unknown_account",
  "amount_too_large",
] as const;
/** Why a hierarchy or data-health function refused its input; stable for programs and translations. */
export type HealthErrorCode = (typeof HEALTH_ERROR_CODES)[number];

/** A refusal from the health area: a schema failure, or one of the domain reasons above. */
export type HealthError = InvalidInput | DomainError<Exclude<HealthErrorCode, "invalid_input">>;
