/**
 * Domain outcomes are values, not exceptions: every public function that can
 * refuse its input returns a `Result`, so callers must look at the error.
 */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E> = { readonly ok: false; readonly error: E };
export type Result<T, E = DomainError> = Ok<T> | Err<E>;

/**
 * A refusal a person can act on: a stable `code` for programs and i18n, an
 * English `message` for people, and where it applies the input `path`.
 */
export type DomainError<C extends string = string> = {
  readonly code: C;
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly details?: Readonly<Record<string, unknown>>;
};

/** @example ok(3) // { ok: true, value: 3 } */
export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

/** @example err({ code: "unknown_stage", message: "…" }) */
export const err = <E>(error: E): Err<E> => ({ ok: false, error });

/** Builds a `DomainError` in one call: `domainError("unknown_stage", "No stage 'x'.")`. */
export const domainError = <C extends string>(
  code: C,
  message: string,
  extra: { path?: readonly (string | number)[]; details?: Record<string, unknown> } = {},
): DomainError<C> => ({ code, message, ...extra });
