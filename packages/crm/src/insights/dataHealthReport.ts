import {
  dataHealthReport as computeDataHealthReport,
  type DataHealthReport,
  err,
  Instant,
  parseInput,
  type Result,
} from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { loadHealthData } from "./loadHealthData";
import { loadOrganisation } from "./organisation";

/** What `dataHealthReport` takes. */
export const DataHealthReportInput = z.strictObject({
  /** The moment the report is measured at; default now. */
  asOf: Instant.optional(),
});
export type DataHealthReportInput = z.input<typeof DataHealthReportInput>;

/**
 * The "can we trust this data" report (DOMAIN.md §7) over the stored accounts, contacts
 * and leads the actor may read, by core's `dataHealthReport`: dead accounts, no contact,
 * no owner, no next step, incomplete and stale records, open duplicate pairs, per record,
 * per owner's team and overall. For managers (their teams' records), leadership and the
 * CRM admin (everything).
 *
 * @example await crm.dataHealthReport({ userId: "user-adm" }, {})
 * // ok({ recordCount: 120, trustedShare: { value: 0.62, … }, problems: [{ problem: "no_owner", count: 3, … }], … })
 */
export const dataHealthReport =
  (ctx: CrmContext) =>
  (actor: Actor, input: DataHealthReportInput = {}): Promise<Result<DataHealthReport, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(DataHealthReportInput, input, "data health request");
      if (!parsed.ok) return parsed;
      const governs =
        r.actor.roles.some((role) => role === "manager" || role === "leadership") ||
        r.actor.roles.some((role) => ctx.config.access.writeScope[role] === "all");
      if (!governs)
        return err(
          crmError(
            "forbidden",
            "The data-health report is for managers, leadership and the CRM admin; ask your manager for it.",
          ),
        );
      const asOf = parsed.value.asOf ?? r.now;
      const org = await loadOrganisation(r.db);
      const data = await r.db
        .transaction()
        .setIsolationLevel("repeatable read")
        .execute((tx) => loadHealthData(tx, r.actor, org, ctx.config, asOf));
      if (!data.ok) return data;
      return computeDataHealthReport(data.value, asOf, ctx.config);
    });
