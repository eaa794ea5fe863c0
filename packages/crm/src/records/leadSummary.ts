import {
  err,
  type Lead,
  type LeadScore,
  ok,
  parseInput,
  type Result,
  redactRecord,
  scoreLead,
} from "@baton/core";
import { leadFromRow } from "@baton/store";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { resolveRecord } from "./resolveRecord";
import type { Shown } from "./savedRecord";
import { searchScope } from "./searchScope";

export const LeadSummaryInput = z
  .object({
    /** The lead, by name, email or id. */
    lead: z
      .string({ error: "must be the lead's name or id" })
      .trim()
      .min(1, "must not be empty")
      .max(300, "must be at most 300 characters"),
  })
  .strict();
export type LeadSummaryInput = z.input<typeof LeadSummaryInput>;

/** One lead as the actor may see it, with its score and the rules that made it. */
export type LeadSummary = {
  readonly lead: Shown<Lead>;
  readonly matchedBy: string;
  readonly ownerName: string | null;
  /** Fit from the lead's fields, engagement from what was logged on it; null if core refused the data. */
  readonly score: LeadScore | null;
};

/** Enough touches to score engagement; older ones have decayed to nothing by then. */
const MAX_TOUCHES = 1000;

/**
 * A lead found by name (resolved like `find`; an ambiguous name is an
 * `ambiguous` result), scored by core now: fit from its fields, engagement
 * from the activities logged on it, each with the contributions that made it.
 *
 * @example (await crm.leadSummary(MONA, { lead: "Li Wei" })).value.score?.combined // "B2"
 */
export const leadSummary =
  (ctx: CrmContext) =>
  (actor: Actor, input: LeadSummaryInput): Promise<Result<LeadSummary, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(LeadSummaryInput, input, "lead summary request");
      if (!parsed.ok) return parsed;
      const scope = await searchScope(r.db, r.actor, ctx.config);
      if (!scope.ok) return scope;
      const found = await resolveRecord(scope.value, "lead", "lead", parsed.value.lead);
      if (!found.ok) return found;
      const row = await r.db
        .selectFrom("leads")
        .selectAll()
        .where("id", "=", found.value.id)
        .executeTakeFirst();
      if (!row) return err(crmError("not_found", "That lead was just removed."));
      const lead = leadFromRow(row);
      // Only the kind and time of a touch are read, so private notes count without being shown.
      const touches = await r.db
        .selectFrom("activities")
        .select(["kind", "occurred_at"])
        .where("lead_id", "=", lead.id)
        .where("kind", "<>", "task")
        .orderBy("occurred_at", "desc")
        .limit(MAX_TOUCHES)
        .execute();
      const score = scoreLead(
        lead,
        touches.map((touch) => ({ kind: touch.kind, at: new Date(touch.occurred_at) })),
        r.now,
        ctx.config,
      );
      const owner = lead.ownerId
        ? scope.value.directory.users.find((user) => user.id === lead.ownerId)
        : undefined;
      return ok({
        lead: redactRecord(r.actor, "lead", lead, ctx.config),
        matchedBy: found.value.why,
        ownerName: owner?.name ?? null,
        score: score.ok ? score.value : null,
      });
    });
