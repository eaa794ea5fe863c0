import type { DomainError } from "@baton/core";

/**
 * Refusals every use case can give, besides the core rule's own codes (which pass
 * through unchanged): `@baton/chat` turns each code into a sentence in the
 * user's language, so the code is the contract and `message` is English for logs
 * and developers.
 */
export const CRM_ERROR_CODES = [
  "invalid_input",
  "unknown_actor",
  "inactive_actor",
  "not_found",
  "forbidden",
  "ambiguous",
  "conflict",
  "unavailable",
] as const;
export type CrmErrorCode = (typeof CRM_ERROR_CODES)[number];

/** A use case's refusal: one of `CRM_ERROR_CODES` or a core rule's code. */
export type CrmError = DomainError<string>;

/** @example crmError("not_found", "No account 'Acme'.") */
export const crmError = (
  code: CrmErrorCode,
  message: string,
  details?: Record<string, unknown>,
): CrmError => (details ? { code, message, details } : { code, message });
