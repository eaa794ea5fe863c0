import { err, Id, Money, ok, parseInput, type RepQuota, type Result } from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { loadOrganisation } from "./organisation";
import { ReportPeriodInput, resolveReportPeriod } from "./reportPeriod";
import { governsTeam } from "./teamGovernance";

/** What `setQuota` takes: whose quota, for which period (on the rep's calendar), how much. */
export const SetQuotaInput = z.strictObject({
  userId: Id,
  period: ReportPeriodInput,
  amount: Money,
});
export type SetQuotaInput = z.input<typeof SetQuotaInput>;

/**
 * Sets a rep's quota for a period, which quota attainment, pace and pipeline coverage then
 * count in every KPI period containing it. Named periods (`this_quarter`) are on the rep's
 * calendar. Setting the same period again replaces the amount, with the change in history.
 * The rep's manager, a manager of their team, leadership or the CRM admin may set it.
 *
 * @example await crm.setQuota(mia, { userId: "user-ada", period: "this_quarter",
 *   amount: { amountMinor: 6_000_000, currency: "EUR" } })
 */
export const setQuota =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: SetQuotaInput,
    options?: WriteOptions,
  ): Promise<Result<RepQuota, CrmError>> =>
    runWrite(ctx, actor, "setQuota", options, async (w) => {
      const parsed = parseInput(SetQuotaInput, input, "quota");
      if (!parsed.ok) return parsed;
      const org = await loadOrganisation(w.tx);
      const rep = org.users.find((u) => u.id === parsed.value.userId);
      if (!rep) return err(crmError("not_found", `No user '${parsed.value.userId}'.`));
      const allowed =
        rep.managerId === w.actor.id ||
        (rep.teamId !== null && governsTeam(w.actor, rep.teamId, org, ctx.config)) ||
        w.actor.roles.some((role) => ctx.config.access.writeScope[role] === "all");
      if (!allowed)
        return err(
          crmError(
            "forbidden",
            `Only ${rep.name}'s manager, leadership or the CRM admin can set their quota.`,
          ),
        );
      const periods = resolveReportPeriod(parsed.value.period, rep.timeZone, w.now);
      if (periods === null)
        return err(
          crmError("invalid_input", "The period must start before it ends; check its dates."),
        );
      const { start, end } = periods.period;
      const quota: RepQuota = { userId: rep.id, start, end, amount: parsed.value.amount };
      const existing = await w.tx
        .selectFrom("sales_quotas")
        .selectAll()
        .where("user_id", "=", rep.id)
        .where("period_start", "=", start)
        .where("period_end", "=", end)
        .forUpdate()
        .executeTakeFirst();
      const values = {
        amount_minor: quota.amount.amountMinor,
        currency: quota.amount.currency,
        set_by: w.actor.id,
        updated_at: w.now,
      };
      if (existing) {
        await w.tx.updateTable("sales_quotas").set(values).where("id", "=", existing.id).execute();
        const before = {
          ...quota,
          amount: {
            amountMinor: Number(existing.amount_minor),
            currency: existing.currency.trim(),
          },
        };
        await w.history({ type: "quota", id: existing.id }, before, quota);
      } else {
        const id = ctx.newId();
        await w.tx
          .insertInto("sales_quotas")
          .values({ id, user_id: rep.id, period_start: start, period_end: end, ...values })
          .execute();
        await w.history({ type: "quota", id }, null, quota);
      }
      return ok(quota);
    });
