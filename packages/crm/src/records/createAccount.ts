import { Account, err, parseInput, type Result } from "@baton/core";
import type { z } from "zod";
import { loadDirectory } from "../funnel/companyDirectory";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { ownerFields, placeOwner } from "./ownerPlacement";
import { readableAccount } from "./parentAccount";
import { accessRules } from "./readFilter";
import { accountStore } from "./recordStores";
import type { CreatedRecord } from "./savedRecord";
import { saveNewRecord } from "./saveNewRecord";

export const CreateAccountInput = Account.pick({
  name: true,
  domain: true,
  industry: true,
  region: true,
  country: true,
  sizeBand: true,
  parentId: true,
  lifecycleStage: true,
}).strict();
export type CreateAccountInput = z.input<typeof CreateAccountInput>;

/**
 * Creates an account. Its owner is the actor when their role may own accounts,
 * otherwise core's assignment rules place it (a person or a queue); its team is
 * the owner's. A parent must be an account the actor can see.
 *
 * @example await crm.createAccount(ADA, { name: "Acme GmbH", domain: "acme.de", country: "DE" })
 * // ok({ record: { id, name: "Acme GmbH", ownerId: "user-ada", teamId: "team-sales", ... }, version: 1, placement: { ... } })
 */
export const createAccount =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: CreateAccountInput,
    options?: WriteOptions,
  ): Promise<Result<CreatedRecord<Account>, CrmError>> =>
    runWrite(ctx, actor, "createAccount", options, async (w) => {
      const parsed = parseInput(CreateAccountInput, input, "account");
      if (!parsed.ok) return parsed;
      const access = accessRules(ctx.config);
      if (!access.ok) return access;
      const directory = await loadDirectory(w.tx);
      const fields = parsed.value;
      if (fields.parentId !== null) {
        const parent = await readableAccount(w, directory, fields.parentId, "parentId");
        if (!parent.ok) return parent;
      }
      const placement = await placeOwner(w, {
        kind: "account",
        record: fields,
        stage: fields.lifecycleStage,
        directory,
        access: access.value,
      });
      if (!placement.ok) return placement;
      const account = parseInput(
        Account,
        {
          ...fields,
          id: ctx.newId(),
          ...ownerFields(placement.value),
          teamId: placement.value.teamId,
          previousOwnerIds: [],
          createdAt: w.now,
        },
        "account",
      );
      if (!account.ok) return err(account.error);
      return saveNewRecord(w, accountStore, account.value, placement.value, directory);
    });
