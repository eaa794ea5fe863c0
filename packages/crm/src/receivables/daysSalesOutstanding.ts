import {
  type DsoCounts,
  dso as dsoRule,
  err,
  type KpiResult,
  parseInput,
  type Result,
} from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { READ_RECEIVABLES_ROLES, requireRole } from "./financeAccess";
import { receivablesAsOf } from "./receivableRows";

export const DsoInput = z.object({
  /** The half-open period `[start, end)` and the zone its days are counted in. */
  period: z.object({
    start: z.coerce.date(),
    end: z.coerce.date(),
    timeZone: z.string().optional(),
  }),
  currency: z.string(),
});
export type DsoInput = z.input<typeof DsoInput>;

/**
 * Days sales outstanding over a period from the stored receivables, in one
 * currency: AR at the period's end ÷ credit sales invoiced in it × days (core's
 * `dso`), with the figures it came from; `null` with a reason when nothing was
 * invoiced.
 *
 * @example await crm.dso(FAY, { period: { start: jan1, end: apr1 }, currency: "EUR" })
 */
export const dso =
  (ctx: CrmContext) =>
  (actor: Actor, input: DsoInput): Promise<Result<KpiResult<DsoCounts>, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const allowed = requireRole(r.actor, READ_RECEIVABLES_ROLES, "see DSO");
      if (!allowed.ok) return allowed;
      const parsed = parseInput(DsoInput, input, "DSO request");
      if (!parsed.ok) return parsed;
      const { period, currency } = parsed.value;
      const receivables = await receivablesAsOf(r.db, period.end);
      const figure = dsoRule(
        {
          receivables,
          period: { ...period, timeZone: period.timeZone ?? ctx.config.receivables.timeZone },
          currency,
        },
        ctx.config,
      );
      return figure.ok ? figure : err(figure.error);
    });
