import type { DomainError } from "../result";
import type { InvalidInput } from "../validation";

export const DUPLICATES_ERROR_CODES = [
  "invalid_input",
  "empty_name",
  "invalid_email",
  "invalid_phone",
  "invalid_domain",
  "duplicate_record_id",
  "same_record",
] as const;
export type DuplicatesErrorCode = (typeof DUPLICATES_ERROR_CODES)[number];

/** Why a value could not be normalised or records could not be compared or merged. */
export type DuplicatesError =
  | InvalidInput
  | DomainError<Exclude<DuplicatesErrorCode, "invalid_input">>;
