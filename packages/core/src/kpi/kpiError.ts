import type { DomainError } from "../result";
import type { InvalidInput } from "../validation";

export const KPI_ERROR_CODES = ["invalid_input", "mixed_currencies"] as const;
export type KpiErrorCode = (typeof KPI_ERROR_CODES)[number];

/**
 * Why a sales KPI was refused: input that is not valid (naming the row and field), or money
 * in several currencies, which a KPI never adds up (`details.currencies` names them).
 */
export type KpiError = InvalidInput | DomainError<"mixed_currencies">;

/** `invalid_input` for one field of one row, in the words `parseInput` uses. */
export const kpiRowError = (path: string, message: string): InvalidInput => ({
  code: "invalid_input",
  message: `The KPI data is not valid — ${path}: ${message}.`,
  path: path
    .split(/[.[\]]+/)
    .filter((p) => p.length > 0)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
  issues: [{ path, message }],
});

/** The refusal of a money KPI over amounts in several currencies. */
export const mixedCurrencies = (kpi: string, currencies: readonly string[]) =>
  ({
    code: "mixed_currencies",
    message: `The ${kpi} adds amounts in ${currencies.join(" and ")}; convert them to one currency first, or compute it for each currency on its own.`,
    details: { kpi, currencies: [...currencies] },
  }) as const satisfies DomainError<"mixed_currencies">;
