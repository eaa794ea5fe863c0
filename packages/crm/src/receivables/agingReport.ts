import { type AgingReport, agingBuckets, err, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { READ_RECEIVABLES_ROLES, requireRole } from "./financeAccess";
import { receivablesAsOf } from "./receivableRows";

export const AgingReportInput = z.object({
  /** The moment to age at; default now. */
  asOf: z.coerce.date().optional(),
  /** The zone whose calendar days count; default finance's (`receivables.timeZone`). */
  timeZone: z.string().optional(),
});
export type AgingReportInput = z.input<typeof AgingReportInput>;

/**
 * Finance's aging report from the stored receivables: every open amount by days
 * past due (current, 1–30, 31–60, 61–90, over 90 by default), per currency, as it
 * stood at `asOf` (payments received later are not counted).
 *
 * @example await crm.agingReport(FAY, { asOf: new Date("2026-06-30T00:00:00Z") })
 */
export const agingReport =
  (ctx: CrmContext) =>
  (actor: Actor, input: AgingReportInput = {}): Promise<Result<AgingReport, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const allowed = requireRole(r.actor, READ_RECEIVABLES_ROLES, "see the aging report");
      if (!allowed.ok) return allowed;
      const parsed = parseInput(AgingReportInput, input ?? {}, "aging report");
      if (!parsed.ok) return parsed;
      const asOf = parsed.value.asOf ?? r.now;
      const receivables = await receivablesAsOf(r.db, asOf);
      const report = agingBuckets(
        receivables,
        asOf,
        parsed.value.timeZone ?? ctx.config.receivables.timeZone,
        ctx.config,
      );
      return report.ok ? report : err(report.error);
    });
