/**
 * Why a store could not be opened or used, with a message that says what to do.
 * `unavailable` is the one callers retry: the database is down or unreachable.
 */
export const STORE_ERROR_CODES = [
  "locked",
  "unreadable",
  "unavailable",
  "migration_failed",
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);

/**
 * True when an error means "the database cannot be reached right now" rather than
 * "this statement is wrong": refused or dropped connections, a server shutting
 * down or starting up (SQLSTATE class 08, 57P01–57P03), a pool timeout.
 *
 * @example isUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })) // true
 */
export const isUnavailable = (error: unknown): boolean => {
  if (error instanceof StoreError) return error.code === "unavailable";
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (UNAVAILABLE_NODE_CODES.has(code)) return true;
    if (code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03")
      return true;
  }
  const message = error instanceof Error ? error.message : "";
  if (
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed/i.test(
      message,
    )
  ) {
    return true;
  }
  const errors = (error as { errors?: unknown }).errors;
  return Array.isArray(errors) && errors.some(isUnavailable);
};
