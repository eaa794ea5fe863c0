import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AccountAmount } from "./accountRollup";
import { accountRollup } from "./accountRollup";

const account = (id: string, parentId: string | null = null) => ({ id, name: id, parentId });
const won = (accountId: string, amountMinor: number, currency = "EUR"): AccountAmount => ({
  accountId,
  measure: "revenue_won",
  amount: { amountMinor, currency },
});
const open = (accountId: string, amountMinor: number, currency = "EUR"): AccountAmount => ({
  accountId,
  measure: "open_pipeline",
  amount: { amountMinor, currency },
});

const group = [account("group"), account("de", "group"), account("de-berlin", "de")];

describe("account roll-up", () => {
  it("adds every subsidiary's revenue won and open pipeline into its parents", () => {
    const rollup = accountRollup(group, [
      won("group", 100_00),
      won("de", 500_00),
      open("de", 200_00),
      won("de-berlin", 300_00),
      won("de-berlin", 50_00),
    ]);
    expect(rollup.ok).toBe(true);
    if (!rollup.ok) return;
    const [top, de, berlin] = rollup.value;
    // Berlin: 300 + 50 won. DE: 500 own + 350 below = 850 won, 200 open. Group: 100 + 850.
    expect(berlin?.total).toEqual([
      { currency: "EUR", revenueWonMinor: 350_00, openPipelineMinor: 0 },
    ]);
    expect(de?.total).toEqual([
      { currency: "EUR", revenueWonMinor: 850_00, openPipelineMinor: 200_00 },
    ]);
    expect(de?.own).toEqual([
      { currency: "EUR", revenueWonMinor: 500_00, openPipelineMinor: 200_00 },
    ]);
    expect(top?.total).toEqual([
      { currency: "EUR", revenueWonMinor: 950_00, openPipelineMinor: 200_00 },
    ]);
    expect(rollup.value.map((r) => r.descendantCount)).toEqual([2, 1, 0]);
  });

  it("never adds euros to dollars: each currency is rolled up on its own", () => {
    const rollup = accountRollup(
      [account("group"), account("de", "group"), account("us", "group")],
      [won("de", 1_000_00), won("us", 700_00, "USD"), open("us", 50_00, "USD")],
    );
    expect(rollup.ok && rollup.value[0]?.total).toEqual([
      { currency: "EUR", revenueWonMinor: 1_000_00, openPipelineMinor: 0 },
      { currency: "USD", revenueWonMinor: 700_00, openPipelineMinor: 50_00 },
    ]);
    expect(rollup.ok && rollup.value[0]?.own).toEqual([]);
  });

  it("lets an orphan head its own subtree", () => {
    const rollup = accountRollup(
      [account("fr", "gone"), account("fr-lyon", "fr")],
      [won("fr-lyon", 40_00)],
    );
    expect(
      rollup.ok && rollup.value.map((r) => [r.accountId, r.total[0]?.revenueWonMinor]),
    ).toEqual([
      ["fr", 40_00],
      ["fr-lyon", 40_00],
    ]);
  });

  it("refuses an amount on an account that was not given", () => {
    const rollup = accountRollup(group, [won("group", 1), won("acme-uk", 5)]);
    expect(!rollup.ok && rollup.error.code).toBe("unknown_account");
    expect(!rollup.ok && rollup.error.message).toContain("Amount 2 is on account 'acme-uk'");
  });

  it("refuses circular parents", () => {
    const rollup = accountRollup([account("a", "b"), account("b", "a")], []);
    expect(!rollup.ok && rollup.error.code).toBe("account_cycle");
  });

  it("refuses amounts too large to add exactly, on one account or up the tree", () => {
    const max = Number.MAX_SAFE_INTEGER;
    const onOne = accountRollup(group, [won("de", max), won("de", 1)]);
    expect(!onOne.ok && onOne.error.code).toBe("amount_too_large");
    const upTheTree = accountRollup(group, [won("de", max), won("de-berlin", max)]);
    expect(!upTheTree.ok && upTheTree.error.code).toBe("amount_too_large");
  });

  it("refuses a negative amount or an unknown measure, naming the field", () => {
    const negative = accountRollup(group, [won("de", -1)]);
    expect(!negative.ok && negative.error.message).toContain("[0].amount.amountMinor");
    const measure = accountRollup(group, [{ ...won("de", 1), measure: "booked" } as never]);
    expect(!measure.ok && measure.error.message).toContain("unknown measure 'booked'");
  });

  it("gives every account a total equal to its own amounts plus those of all accounts below it", () => {
    const forest = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.tuple(
        // Parents only point to earlier accounts, so there is never a circle.
        fc.tuple(
          ...Array.from({ length: n }, (_, i) =>
            fc.option(fc.nat(Math.max(0, i - 1)), { nil: null }),
          ),
        ),
        fc.array(
          fc.record({
            at: fc.nat(n - 1),
            amount: fc.nat(1_000_000),
            currency: fc.constantFrom("EUR", "USD"),
            measure: fc.constantFrom("revenue_won" as const, "open_pipeline" as const),
          }),
        ),
      ),
    );
    fc.assert(
      fc.property(forest, ([parents, entries]) => {
        const accounts = parents.map((p, i) =>
          account(`a${i}`, i === 0 || p === null ? null : `a${p}`),
        );
        const amounts = entries.map((e) => ({
          accountId: `a${e.at}`,
          measure: e.measure,
          amount: { amountMinor: e.amount, currency: e.currency },
        }));
        const rollup = accountRollup(accounts, amounts);
        expect(rollup.ok).toBe(true);
        if (!rollup.ok) return;
        const isBelow = (id: string, ancestor: string): boolean => {
          for (let at: string | null = id; at !== null; ) {
            if (at === ancestor) return true;
            at = accounts.find((a) => a.id === at)?.parentId ?? null;
          }
          return false;
        };
        for (const node of rollup.value) {
          for (const currency of ["EUR", "USD"]) {
            const mine = amounts.filter(
              (a) => a.amount.currency === currency && isBelow(a.accountId, node.accountId),
            );
            const sum = (measure: string) =>
              mine
                .filter((a) => a.measure === measure)
                .reduce((s, a) => s + a.amount.amountMinor, 0);
            const line = node.total.find((t) => t.currency === currency);
            expect(line?.revenueWonMinor ?? 0).toBe(sum("revenue_won"));
            expect(line?.openPipelineMinor ?? 0).toBe(sum("open_pipeline"));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
