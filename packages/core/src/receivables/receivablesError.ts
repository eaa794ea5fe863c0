import type { DomainError } from "../result";
import type { InvalidInput } from "../validation";

export const RECEIVABLES_ERROR_CODES = [
  "invalid_input",
  "unknown_stage",
  "deal_not_won",
  "negative_amount",
  "zero_amount",
  "currency_mismatch",
  "schedule_mismatch",
  "invoice_before_signing",
  "unknown_receivable",
  "mixed_accounts",
] as const;
/** Why finance's receivables request was refused; stable for programs and translations. */
export type ReceivablesErrorCode = (typeof RECEIVABLES_ERROR_CODES)[number];

/** A refusal from the receivables area: a schema failure, or one of the domain reasons above. */
export type ReceivablesError =
  | InvalidInput
  | DomainError<Exclude<ReceivablesErrorCode, "invalid_input">>;
