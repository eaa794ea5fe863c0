import { type Deal, err, ok, type Result, type User } from "@baton/core";
import type { Database } from "@baton/store";
import type { Transaction } from "kysely";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { type CompanyDirectory, loadDirectory } from "./companyDirectory";
import { lockDeal } from "./funnelRecords";
import { checkAccess } from "./recordAccess";

/** A deal the actor may change, locked for this transaction, with the directory access was judged on. */
export type DealToChange = { readonly deal: Deal; readonly directory: CompanyDirectory };

/**
 * Locks the deal and checks that `actor` may change it: `not_found` or
 * `forbidden` (with core's reason) otherwise.
 */
export const lockDealToChange = async (
  ctx: CrmContext,
  tx: Transaction<Database>,
  actor: User,
  dealId: string,
): Promise<Result<DealToChange, CrmError>> => {
  const deal = await lockDeal(tx, dealId);
  if (!deal) return err(crmError("not_found", `No deal '${dealId}'.`));
  const directory = await loadDirectory(tx);
  const allowed = checkAccess(
    "write",
    actor,
    { kind: "deal", record: deal },
    directory,
    ctx.config,
  );
  return allowed.ok ? ok({ deal, directory }) : allowed;
};
