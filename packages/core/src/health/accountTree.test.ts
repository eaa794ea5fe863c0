import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountTree } from "./accountTree";

const account = (id: string, parentId: string | null = null, name = id.toUpperCase()) => ({
  id,
  name,
  parentId,
});

describe("account tree", () => {
  it("puts each parent before its children and orders siblings by id", () => {
    const tree = accountTree([
      account("de-berlin", "de"),
      account("fr", "group"),
      account("de", "group"),
      account("group"),
      account("solo"),
    ]);
    expect(tree.ok && tree.value.nodes.map((n) => [n.accountId, n.depth])).toEqual([
      ["group", 0],
      ["de", 1],
      ["de-berlin", 2],
      ["fr", 1],
      ["solo", 0],
    ]);
    expect(tree.ok && tree.value.rootIds).toEqual(["group", "solo"]);
    expect(tree.ok && tree.value.nodes[0]?.childIds).toEqual(["de", "fr"]);
    expect(tree.ok && tree.value.orphans).toEqual([]);
  });

  it("reports an account whose parent is missing as an orphan at the top, not dropped", () => {
    const tree = accountTree([account("fr", "acme-group"), account("fr-lyon", "fr")]);
    expect(tree.ok && tree.value.orphans).toEqual([
      { accountId: "fr", missingParentId: "acme-group" },
    ]);
    expect(tree.ok && tree.value.rootIds).toEqual(["fr"]);
    expect(tree.ok && tree.value.nodes.map((n) => [n.accountId, n.parentId])).toEqual([
      ["fr", null],
      ["fr-lyon", "fr"],
    ]);
  });

  it("refuses parents that go round in a circle and names the circle", () => {
    const tree = accountTree([
      account("a", "b", "Acme"),
      account("b", "c", "Beta"),
      account("c", "a", "Gamma"),
      account("d", "a", "Delta"),
    ]);
    expect(tree.ok).toBe(false);
    if (tree.ok) return;
    expect(tree.error.code).toBe("account_cycle");
    expect(tree.error.message).toContain("Acme (a) → Beta (b) → Gamma (c) → Acme (a)");
    expect(tree.error.details).toEqual({ cycles: [["a", "b", "c"]] });
  });

  it("names every circle, including an account that is its own parent", () => {
    const tree = accountTree([account("z", "z"), account("m", "n"), account("n", "m")]);
    expect(!tree.ok && tree.error.details).toEqual({ cycles: [["m", "n"], ["z"]] });
    expect(!tree.ok && tree.error.message).toContain("Z (z) → Z (z)");
  });

  it("refuses an account listed twice", () => {
    const tree = accountTree([account("a"), account("a")]);
    expect(!tree.ok && tree.error.code).toBe("duplicate_account");
  });

  it("refuses accounts that are not accounts, naming the field", () => {
    const tree = accountTree([{ id: "", name: "Acme" }]);
    expect(!tree.ok && tree.error.code).toBe("invalid_input");
    expect(!tree.ok && tree.error.message).toContain("[0].id");
  });

  it("walks a hierarchy ten thousand levels deep", () => {
    const chain = Array.from({ length: 10_000 }, (_, i) =>
      account(
        `n${String(i).padStart(5, "0")}`,
        i === 0 ? null : `n${String(i - 1).padStart(5, "0")}`,
      ),
    );
    const tree = accountTree(chain);
    expect(tree.ok && tree.value.nodes.at(-1)?.depth).toBe(9_999);
  });

  const parentMaps = fc.integer({ min: 1, max: 9 }).chain((n) =>
    fc.tuple(
      fc.constant(n),
      // A parent index past the end names an account that is not there: an orphan.
      fc.array(fc.option(fc.integer({ min: 0, max: n + 1 }), { nil: null }), {
        minLength: n,
        maxLength: n,
      }),
    ),
  );
  const accountsOf = (parents: readonly (number | null)[]) =>
    parents.map((p, i) => account(`a${i}`, p === null ? null : `a${p}`));

  /** Accounts that reach themselves again by following parents: the ones on a circle. */
  const onACircle = (parents: readonly (number | null)[]): string[] =>
    parents.flatMap((_, start) => {
      let at: number | null | undefined = parents[start];
      for (let step = 0; step < parents.length; step++) {
        if (at === null || at === undefined) return [];
        if (at === start) return [`a${start}`];
        at = parents[at];
      }
      return [];
    });

  it("finds a circle exactly when there is one, and exactly the accounts on it", () => {
    fc.assert(
      fc.property(parentMaps, ([, parents]) => {
        const tree = accountTree(accountsOf(parents));
        const expected = onACircle(parents).sort();
        if (expected.length === 0) {
          expect(tree.ok).toBe(true);
          expect(tree.ok && tree.value.nodes).toHaveLength(parents.length);
          return;
        }
        expect(!tree.ok && tree.error.code).toBe("account_cycle");
        const cycles = !tree.ok ? (tree.error.details?.cycles as string[][]) : [];
        expect(cycles.flat().sort()).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("does not depend on the order the accounts come in", () => {
    fc.assert(
      fc.property(
        parentMaps.chain(([, parents]) =>
          fc.tuple(
            fc.constant(accountsOf(parents)),
            fc.shuffledSubarray(accountsOf(parents), {
              minLength: parents.length,
            }),
          ),
        ),
        ([given, shuffled]) => {
          expect(accountTree(shuffled)).toEqual(accountTree(given));
        },
      ),
    );
  });
});
