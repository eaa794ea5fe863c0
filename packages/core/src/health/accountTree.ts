import { z } from "zod";
import { Account } from "../entities/account";
import { Id } from "../entities/common";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { HealthError } from "./healthError";

/** What the hierarchy needs of an account: its id, name and parent; other fields are ignored. */
export const HierarchyAccount = Account.pick({ id: true, name: true, parentId: true });
export type HierarchyAccount = z.infer<typeof HierarchyAccount>;
export type HierarchyAccountInput = z.input<typeof HierarchyAccount>;

/** An account whose parent is not among the accounts given; it heads its own subtree. */
export const AccountOrphan = z.object({ accountId: Id, missingParentId: Id });
export type AccountOrphan = z.infer<typeof AccountOrphan>;

/** One account in the tree: its parent inside the tree, its children, and how deep it sits. */
export const AccountTreeNode = z.object({
  accountId: Id,
  name: z.string(),
  /** `null` for a top-level account and for an orphan (whose parent is missing). */
  parentId: Id.nullable(),
  childIds: z.array(Id),
  /** 0 for a root, 1 for its children, … */
  depth: z.number().int().min(0),
});
export type AccountTreeNode = z.infer<typeof AccountTreeNode>;

/** Parent/child accounts as a forest, in a stable order (roots and children by id). */
export const AccountTree = z.object({
  /** Top-level accounts and orphans, by id. */
  rootIds: z.array(Id),
  /** Every account, depth first: each parent before its children, siblings by id. */
  nodes: z.array(AccountTreeNode),
  /** Accounts whose parent id names no account given, by id. */
  orphans: z.array(AccountOrphan),
});
export type AccountTree = z.infer<typeof AccountTree>;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The parent chains that loop back on themselves, each listed from its smallest id and
 * following parents (`["a", "b"]`: a's parent is b, b's parent is a), in order of that id.
 */
export const findParentCycles = (
  parentOf: ReadonlyMap<string, string | null>,
): readonly (readonly string[])[] => {
  const state = new Map<string, "on_path" | "done">();
  const cycles: string[][] = [];
  for (const start of [...parentOf.keys()].sort(byId)) {
    const path: string[] = [];
    let at: string | null | undefined = start;
    while (at !== null && at !== undefined && parentOf.has(at) && state.get(at) !== "done") {
      if (state.get(at) === "on_path") {
        const loop = path.slice(path.indexOf(at));
        const first = loop.reduce((min, id) => (byId(id, min) < 0 ? id : min));
        const from = loop.indexOf(first);
        cycles.push([...loop.slice(from), ...loop.slice(0, from)]);
        break;
      }
      state.set(at, "on_path");
      path.push(at);
      at = parentOf.get(at);
    }
    for (const id of path) state.set(id, "done");
  }
  return cycles.sort((a, b) => byId(a[0] ?? "", b[0] ?? ""));
};

/** Checks the accounts (each id once) and indexes them by id; shared with the roll-up. */
export const readHierarchy = (
  accounts: unknown,
): Result<ReadonlyMap<string, HierarchyAccount>, HealthError> => {
  const parsed = parseInput(z.array(HierarchyAccount), accounts, "accounts");
  if (!parsed.ok) return parsed;
  const index = new Map<string, HierarchyAccount>();
  for (const account of parsed.value) {
    if (index.has(account.id)) {
      return err(
        domainError(
          "duplicate_account",
          `Account '${account.id}' is listed more than once; give each account once.`,
          { details: { accountId: account.id } },
        ),
      );
    }
    index.set(account.id, account);
  }
  return ok(index);
};

/** Builds the tree of already-checked accounts, or the cycle error naming every loop. */
export const buildAccountTree = (
  index: ReadonlyMap<string, HierarchyAccount>,
): Result<AccountTree, HealthError> => {
  const parentOf = new Map<string, string | null>();
  for (const [id, account] of index) {
    parentOf.set(
      id,
      account.parentId !== null && index.has(account.parentId) ? account.parentId : null,
    );
  }
  const cycles = findParentCycles(parentOf);
  if (cycles.length > 0) {
    const label = (id: string) => `${index.get(id)?.name ?? id} (${id})`;
    const loops = cycles.map((cycle) => [...cycle, cycle[0] ?? ""].map(label).join(" → "));
    return err(
      domainError(
        "account_cycle",
        `Account parents go round in a circle: ${loops.join("; ")}. Clear or change the parent of one account in each circle.`,
        { details: { cycles } },
      ),
    );
  }

  const childIds = new Map<string, string[]>();
  const rootIds: string[] = [];
  const orphans: AccountOrphan[] = [];
  for (const id of [...index.keys()].sort(byId)) {
    const account = index.get(id);
    const parentId = parentOf.get(id) ?? null;
    if (parentId === null) {
      rootIds.push(id);
      if (account?.parentId != null)
        orphans.push({ accountId: id, missingParentId: account.parentId });
    } else {
      const siblings = childIds.get(parentId) ?? [];
      siblings.push(id);
      childIds.set(parentId, siblings);
    }
  }

  const nodes: AccountTreeNode[] = [];
  // An explicit stack: a hierarchy thousands of levels deep must not overflow the call stack.
  const stack = [...rootIds].reverse().map((id) => ({ id, depth: 0 }));
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const children = childIds.get(next.id) ?? [];
    nodes.push({
      accountId: next.id,
      name: index.get(next.id)?.name ?? next.id,
      parentId: parentOf.get(next.id) ?? null,
      childIds: children,
      depth: next.depth,
    });
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push({ id: child, depth: next.depth + 1 });
    }
  }
  return ok({ rootIds, nodes, orphans });
};

/**
 * Arranges accounts into their parent/child tree so roll-ups and screens can walk it:
 * refuses parent chains that go round in a circle (naming each, "Acme (a) → Beta (b) →
 * Acme (a)"), and reports orphans — accounts whose parent id names no account given — as
 * top-level accounts rather than dropping them. The order never depends on the input's.
 *
 * @example
 * accountTree([
 *   { id: "group", name: "Acme Group" },
 *   { id: "de", name: "Acme GmbH", parentId: "group" },
 *   { id: "fr", name: "Acme SARL", parentId: "gone" },
 * ])
 * // ok({ rootIds: ["fr", "group"], orphans: [{ accountId: "fr", missingParentId: "gone" }],
 * //      nodes: [fr (depth 0), group (depth 0), de (depth 1)] })
 */
export const accountTree = (
  accounts: readonly HierarchyAccountInput[],
): Result<AccountTree, HealthError> => {
  const index = readHierarchy(accounts);
  return index.ok ? buildAccountTree(index.value) : index;
};
