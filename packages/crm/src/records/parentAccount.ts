import { type Account, accessDecision, err, ok, type Result } from "@baton/core";
import { accountFromRow } from "@baton/store";
import type { CompanyDirectory } from "../funnel/companyDirectory";
import { type CrmError, crmError } from "../kernel/crmError";
import type { WriteScope } from "../kernel/unitOfWork";

/** Deeper than any real group of companies; a chain this long is treated as a cycle. */
const MAX_DEPTH = 100;

/**
 * Checks an account the actor links a record to (a parent account, a contact's
 * or deal's account): it must exist and be one the actor may read, so nobody
 * links to, or learns of, an account outside their view.
 *
 * @example await readableAccount(w, directory, "acc-1", "parentId") // ok(account) or not_found
 */
export const readableAccount = async (
  w: WriteScope,
  directory: CompanyDirectory,
  accountId: string,
  field: string,
): Promise<Result<Account, CrmError>> => {
  const row = await w.tx
    .selectFrom("accounts")
    .selectAll()
    .where("id", "=", accountId)
    .executeTakeFirst();
  const account = row ? accountFromRow(row) : undefined;
  const readable =
    account !== undefined &&
    accessDecision("read", w.actor, { kind: "account", record: account }, directory, w.ctx.config)
      .allowed;
  return readable
    ? ok(account)
    : err(
        crmError("not_found", `No account with id '${accountId}' that you can see (${field}).`, {
          field,
          id: accountId,
        }),
      );
};

/**
 * Refuses a parent that would put an account above itself (DOMAIN.md §7:
 * hierarchies have no cycles), by walking up from the new parent.
 *
 * @example await acyclicParent(w, "acc-child", "acc-parent") // err when acc-parent is below acc-child
 */
export const acyclicParent = async (
  w: WriteScope,
  accountId: string,
  parentId: string,
): Promise<Result<true, CrmError>> => {
  let current: string | null = parentId;
  for (let depth = 0; current !== null && depth < MAX_DEPTH; depth++) {
    if (current === accountId)
      return err(
        crmError(
          "invalid_input",
          "That parent is the account itself or one of its own subsidiaries; an account cannot be above itself. Pick another parent.",
          { field: "parentId" },
        ),
      );
    const row: { parent_id: string | null } | undefined = await w.tx
      .selectFrom("accounts")
      .select("parent_id")
      .where("id", "=", current)
      .executeTakeFirst();
    current = row?.parent_id ?? null;
  }
  return current === null
    ? ok(true)
    : err(
        crmError(
          "invalid_input",
          "The account hierarchy above that parent is too deep or loops; fix it first.",
          {
            field: "parentId",
          },
        ),
      );
};
