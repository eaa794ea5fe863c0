import { ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { SEARCH_KINDS, type SearchKind } from "./searchKinds";
import { type MatchTier, searchRecords } from "./searchRecords";
import { searchScope } from "./searchScope";
import { searchText } from "./searchText";

/** Longest query searched; a name is at most 300 characters and nobody types more to find one. */
export const MAX_QUERY_LENGTH = 200;

export const FindInput = z
  .object({
    query: z
      .string({ error: "must be the text to search for" })
      .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
      .refine((query) => searchText(query).length > 0, {
        message: "must contain something to search for",
      }),
    kinds: z
      .array(z.enum(SEARCH_KINDS, { error: `must be one of ${SEARCH_KINDS.join(", ")}` }))
      .min(1, "must name at least one kind, or be left out to search all")
      .optional(),
    limit: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(50, "must be at most 50")
      .default(10),
  })
  .strict();
export type FindInput = z.input<typeof FindInput>;

/** One record found: what it is, how well it matched and why, in words a person can check. */
export type FindMatch = {
  readonly kind: SearchKind;
  readonly id: string;
  readonly name: string;
  readonly tier: MatchTier;
  /** 0–1 within its tier. */
  readonly score: number;
  /** "exact name", "name starts with", "name contains", "similar name (0.62)", "domain" or "email". */
  readonly why: string;
};

/**
 * Finds accounts, contacts, leads and deals by name (exact, then prefix, then
 * trigram similarity; names in scripts such as Chinese also by a part), by an
 * account's domain or a person's email, among the records the actor may read,
 * best first, each saying why it matched.
 *
 * @example await crm.find(ADA, { query: "acme", kinds: ["account"] })
 * // ok([{ kind: "account", name: "Acme", tier: "exact", score: 1, why: "exact name" }, { name: "Acme GmbH", why: "exact name (apart from the legal form)" }, ...])
 */
export const find =
  (ctx: CrmContext) =>
  (actor: Actor, input: FindInput): Promise<Result<FindMatch[], CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(FindInput, input, "search");
      if (!parsed.ok) return parsed;
      const { query, kinds, limit } = parsed.value;
      const scope = await searchScope(r.db, r.actor, ctx.config);
      if (!scope.ok) return scope;
      const candidates = await searchRecords({
        ...scope.value,
        text: searchText(query),
        kinds: kinds ? [...new Set(kinds)] : SEARCH_KINDS,
        limit,
      });
      return ok(
        candidates
          .slice(0, limit)
          .map(({ kind, id, name, tier, score, why }) => ({ kind, id, name, tier, score, why })),
      );
    });
