import {
  type DuplicateCandidate,
  err,
  findDuplicateAccounts,
  findDuplicateContacts,
  ok,
  parseInput,
  type Result,
  type UnreadableValue,
} from "@baton/core";
import { accountFromRow, contactFromRow } from "@baton/store";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { notCrmOwner } from "./crmOwner";
import { accountToMatch, contactToMatch } from "./matchSubjects";

export const DUPLICATE_KINDS = ["account", "contact"] as const;
/** The kinds of record duplicates are looked for in. */
export const DuplicateKind = z.enum(DUPLICATE_KINDS, {
  error: `must be a record kind, one of ${DUPLICATE_KINDS.join(", ")}`,
});
export type DuplicateKind = z.infer<typeof DuplicateKind>;

/** What `duplicateReview` takes. */
export const DuplicateReviewInput = z.strictObject({
  kind: DuplicateKind,
  /** The most pairs to return, best first (default 50, at most 500). */
  limit: z.number().int().min(1).max(500).default(50),
});
export type DuplicateReviewInput = z.input<typeof DuplicateReviewInput>;

/** A record of a duplicate pair, as the reviewer needs it to decide. */
export type DuplicateRecord = {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  readonly domain?: string;
  readonly phone?: string;
  readonly accountId?: string | null;
  readonly ownerId: string | null;
  readonly createdAt: Date;
};

/** The pairs to review, best first, each with both records and why they look alike. */
export type DuplicateReview = {
  readonly kind: DuplicateKind;
  readonly candidates: readonly (DuplicateCandidate & {
    readonly records: readonly [DuplicateRecord, DuplicateRecord];
  })[];
  /** Pairs found in all, of which `candidates` holds the first `limit`. */
  readonly total: number;
  readonly unreadable: readonly UnreadableValue[];
};

/**
 * The accounts or contacts that are probably the same company or person, found by core's
 * `findDuplicateAccounts`/`findDuplicateContacts` over every stored record: pairs with a
 * confidence and their reasons (same email, domain, phone, similar names), best first, so
 * the CRM admin can merge them with `mergeRecords`.
 *
 * @example await crm.duplicateReview({ userId: "user-adm" }, { kind: "account" })
 * // ok({ candidates: [{ ids: ["a1", "a2"], confidence: 0.96, reasons: [...], records: [...] }], total: 1, … })
 */
export const duplicateReview =
  (ctx: CrmContext) =>
  (actor: Actor, input: DuplicateReviewInput): Promise<Result<DuplicateReview, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(DuplicateReviewInput, input, "duplicate review request");
      if (!parsed.ok) return parsed;
      const refused = notCrmOwner(r.actor, ctx.config, "review duplicates");
      if (refused) return err(refused);
      const { kind, limit } = parsed.value;
      const accounts = (await r.db.selectFrom("accounts").selectAll().orderBy("id").execute()).map(
        accountFromRow,
      );
      const records = new Map<string, DuplicateRecord>();
      let found: ReturnType<typeof findDuplicateAccounts>;
      if (kind === "account") {
        for (const a of accounts)
          records.set(a.id, {
            id: a.id,
            name: a.name,
            ...(a.domain ? { domain: a.domain } : {}),
            ownerId: a.ownerId,
            createdAt: a.createdAt,
          });
        found = findDuplicateAccounts(accounts.map(accountToMatch), ctx.config);
      } else {
        const contacts = (
          await r.db.selectFrom("contacts").selectAll().orderBy("id").execute()
        ).map(contactFromRow);
        const countryOf = new Map(accounts.map((a) => [a.id, a.country]));
        for (const c of contacts)
          records.set(c.id, {
            id: c.id,
            name: c.name,
            ...(c.email ? { email: c.email } : {}),
            ...(c.phone ? { phone: c.phone } : {}),
            accountId: c.accountId,
            ownerId: c.ownerId,
            createdAt: c.createdAt,
          });
        found = findDuplicateContacts(
          contacts.map((c) => contactToMatch(c, countryOf)),
          ctx.config,
        );
      }
      if (!found.ok) return found;
      const candidates = found.value.candidates.slice(0, limit).map((pair) => ({
        ...pair,
        records: pair.ids.map((id) => records.get(id)) as [DuplicateRecord, DuplicateRecord],
      }));
      return ok({
        kind,
        candidates,
        total: found.value.candidates.length,
        unreadable: found.value.unreadable,
      });
    });
