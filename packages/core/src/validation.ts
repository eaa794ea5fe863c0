import type { z } from "zod";
import { type DomainError, err, ok, type Result } from "./result";

/** The error every public function returns when its input does not match its schema. */
export type InvalidInput = DomainError<"invalid_input"> & {
  readonly issues: readonly { readonly path: string; readonly message: string }[];
};

const describePath = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? "input"
    : path
        .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`))
        .join("");

/**
 * Turns a zod failure into one sentence naming every field that is wrong and why,
 * e.g. "amount.amountMinor: must be 0 or more; stage: unknown value 'wonn'".
 */
export const invalidInput = (error: z.ZodError, what = "input"): InvalidInput => {
  const issues = error.issues.map((issue) => ({
    path: describePath(issue.path),
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  return {
    code: "invalid_input",
    message: `The ${what} is not valid — ${summary}.`,
    path: error.issues[0]?.path.map((p) => (typeof p === "number" ? p : String(p))),
    issues,
  };
};

/**
 * Validates `input` against `schema` and returns the parsed value or an
 * `invalid_input` error; the one way public functions check what they are given.
 *
 * @example parseInput(Money, { amountMinor: -1, currency: "EUR" }).ok // false
 */
export const parseInput = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  what?: string,
): Result<z.output<S>, InvalidInput> => {
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    parsed = schema.safeParse(input);
  } catch {
    // zod 4 can throw from a check that runs after a failed type check (e.g. `.min()` on an
    // object whose `length` has no prototype); such input is invalid, never a crash.
    return err({
      code: "invalid_input",
      message: `The ${what ?? "input"} is not valid — it has a shape that cannot be read.`,
      issues: [{ path: "input", message: "has a shape that cannot be read" }],
    });
  }
  return parsed.success ? ok(parsed.data) : err(invalidInput(parsed.error, what));
};
