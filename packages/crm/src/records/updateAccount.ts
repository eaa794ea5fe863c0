import { type Account, Account as AccountSchema, Id, ok } from "@baton/core";
import { z } from "zod";
import type { CrmContext } from "../kernel/crmContext";
import { acyclicParent, readableAccount } from "./parentAccount";
import { ExpectedVersion } from "./recordInput";
import { accountStore } from "./recordStores";
import { updateRecord } from "./updateRecord";

const shape = AccountSchema.shape;

export const UpdateAccountInput = z
  .object({
    id: Id,
    expectedVersion: ExpectedVersion.optional(),
    name: shape.name.optional(),
    domain: shape.domain.nullable(),
    industry: shape.industry.nullable(),
    region: shape.region.nullable(),
    country: shape.country.nullable(),
    sizeBand: shape.sizeBand.nullable(),
    parentId: Id.nullable().optional(),
  })
  .strict();
export type UpdateAccountInput = z.input<typeof UpdateAccountInput>;

/**
 * Changes an account's details (name, domain, territory, parent); `null`
 * clears a field. Ownership, team and lifecycle stage are not changed here.
 * A new parent must be visible to the actor and must not make a cycle.
 *
 * @example await crm.updateAccount(ADA, { id, expectedVersion: 1, industry: "software", domain: null })
 * // ok({ record: { id, industry: "software", ... }, version: 2 })
 */
export const updateAccount = (ctx: CrmContext) =>
  updateRecord<Account, typeof UpdateAccountInput>(ctx, {
    store: accountStore,
    operation: "updateAccount",
    input: UpdateAccountInput,
    nullable: ["parentId"],
    check: async (w, directory, before, after) => {
      if (after.parentId === null || after.parentId === before.parentId) return ok(true);
      const parent = await readableAccount(w, directory, after.parentId, "parentId");
      if (!parent.ok) return parent;
      return acyclicParent(w, after.id, after.parentId);
    },
  });
