import { z } from "zod";
import { Id } from "../entities/common";
import { Currency, Money } from "../entities/money";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import { buildAccountTree, type HierarchyAccountInput, readHierarchy } from "./accountTree";
import type { HealthError } from "./healthError";

export const ROLLUP_MEASURES = ["revenue_won", "open_pipeline"] as const;
/** What an amount counts towards: revenue from won deals, or the value of open deals. */
export const RollupMeasure = z.enum(ROLLUP_MEASURES, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `unknown measure '${issue.input}'; use one of ${ROLLUP_MEASURES.join(", ")}`
      : `must be a measure, one of ${ROLLUP_MEASURES.join(", ")}`,
});
export type RollupMeasure = z.infer<typeof RollupMeasure>;

/** One amount on one account, e.g. a won deal's value as `revenue_won`; an account may have many. */
export const AccountAmount = z.object({ accountId: Id, measure: RollupMeasure, amount: Money });
export type AccountAmount = z.infer<typeof AccountAmount>;

/** Revenue won and open pipeline in one currency, in its minor units. */
export const RollupTotals = z.object({
  currency: Currency,
  revenueWonMinor: z.number().int().min(0),
  openPipelineMinor: z.number().int().min(0),
});
export type RollupTotals = z.infer<typeof RollupTotals>;

/**
 * One account's own amounts and the totals of its whole subtree (itself and every account
 * below it), per currency, by currency code; a currency with nothing is left out.
 */
export const AccountRollup = z.object({
  accountId: Id,
  parentId: Id.nullable(),
  depth: z.number().int().min(0),
  /** How many accounts sit below this one, at any depth. */
  descendantCount: z.number().int().min(0),
  own: z.array(RollupTotals),
  total: z.array(RollupTotals),
});
export type AccountRollup = z.infer<typeof AccountRollup>;

type Totals = Map<string, { revenueWonMinor: number; openPipelineMinor: number }>;

const add = (into: Totals, currency: string, revenueWon: number, openPipeline: number): boolean => {
  const current = into.get(currency) ?? { revenueWonMinor: 0, openPipelineMinor: 0 };
  const next = {
    revenueWonMinor: current.revenueWonMinor + revenueWon,
    openPipelineMinor: current.openPipelineMinor + openPipeline,
  };
  into.set(currency, next);
  return Number.isSafeInteger(next.revenueWonMinor) && Number.isSafeInteger(next.openPipelineMinor);
};

const listed = (totals: Totals): RollupTotals[] =>
  [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, t]) => ({ currency, ...t }));

/**
 * Rolls revenue won and open pipeline up the account hierarchy, so a group's figure
 * includes every subsidiary's. Amounts are never converted: each currency is rolled up on
 * its own (a group with EUR and USD subsidiaries gets one total per currency). Refuses
 * amounts on accounts not given and circular parents (see `accountTree`); orphans head
 * their own subtree. Accounts come depth first, as in `accountTree`.
 *
 * @example
 * accountRollup(
 *   [{ id: "group", name: "Acme Group" }, { id: "de", name: "Acme GmbH", parentId: "group" }],
 *   [{ accountId: "de", measure: "revenue_won", amount: { amountMinor: 500_00, currency: "EUR" } }],
 * )
 * // ok([{ accountId: "group", own: [], total: [{ currency: "EUR", revenueWonMinor: 50000, openPipelineMinor: 0 }], … },
 * //     { accountId: "de", own: [{ currency: "EUR", revenueWonMinor: 50000, … }], total: [same], … }])
 */
export const accountRollup = (
  accounts: readonly HierarchyAccountInput[],
  amounts: readonly AccountAmount[],
): Result<AccountRollup[], HealthError> => {
  const index = readHierarchy(accounts);
  if (!index.ok) return index;
  const parsed = parseInput(z.array(AccountAmount), amounts, "account amounts");
  if (!parsed.ok) return parsed;
  const tree = buildAccountTree(index.value);
  if (!tree.ok) return tree;

  const tooLarge = (accountId: string) =>
    err(
      domainError(
        "amount_too_large",
        `The amounts of account '${accountId}' add up to more than can be counted exactly; report them in a larger currency unit.`,
        { details: { accountId } },
      ),
    );

  const own = new Map<string, Totals>();
  for (const [i, { accountId, measure, amount }] of parsed.value.entries()) {
    if (!index.value.has(accountId)) {
      return err(
        domainError(
          "unknown_account",
          `Amount ${i + 1} is on account '${accountId}', which is not among the accounts given; add the account or drop the amount.`,
          { path: [i, "accountId"], details: { accountId } },
        ),
      );
    }
    const totals = own.get(accountId) ?? new Map();
    own.set(accountId, totals);
    const won = measure === "revenue_won" ? amount.amountMinor : 0;
    if (!add(totals, amount.currency, won, amount.amountMinor - won)) return tooLarge(accountId);
  }

  const total = new Map<string, Totals>();
  const descendants = new Map<string, number>();
  // Depth-first order lists each parent before its children, so walking it backwards
  // finishes every child's subtree before its parent adds it in.
  for (const node of [...tree.value.nodes].reverse()) {
    const sum: Totals = new Map();
    let below = 0;
    for (const [currency, t] of own.get(node.accountId) ?? []) {
      add(sum, currency, t.revenueWonMinor, t.openPipelineMinor);
    }
    for (const childId of node.childIds) {
      below += 1 + (descendants.get(childId) ?? 0);
      for (const [currency, t] of total.get(childId) ?? []) {
        if (!add(sum, currency, t.revenueWonMinor, t.openPipelineMinor)) {
          return tooLarge(node.accountId);
        }
      }
    }
    total.set(node.accountId, sum);
    descendants.set(node.accountId, below);
  }

  return ok(
    tree.value.nodes.map((node) => ({
      accountId: node.accountId,
      parentId: node.parentId,
      depth: node.depth,
      descendantCount: descendants.get(node.accountId) ?? 0,
      own: listed(own.get(node.accountId) ?? new Map()),
      total: listed(total.get(node.accountId) ?? new Map()),
    })),
  );
};
