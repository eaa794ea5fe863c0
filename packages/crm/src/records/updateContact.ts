import { type Contact, Contact as ContactSchema, Id, ok } from "@baton/core";
import { z } from "zod";
import type { CrmContext } from "../kernel/crmContext";
import { readableAccount } from "./parentAccount";
import { ExpectedVersion } from "./recordInput";
import { contactStore } from "./recordStores";
import { updateRecord } from "./updateRecord";

const shape = ContactSchema.shape;

export const UpdateContactInput = z
  .object({
    id: Id,
    expectedVersion: ExpectedVersion.optional(),
    name: shape.name.optional(),
    accountId: Id.nullable().optional(),
    email: shape.email.nullable(),
    phone: shape.phone.nullable(),
    title: shape.title.nullable(),
    seniority: shape.seniority.nullable(),
    department: shape.department.nullable(),
  })
  .strict();
export type UpdateContactInput = z.input<typeof UpdateContactInput>;

/**
 * Changes a contact's details (name, account, email, phone, title, seniority,
 * department); `null` clears a field. A new account must be one the actor can see.
 *
 * @example await crm.updateContact(ADA, { id, title: "CTO", phone: null })
 */
export const updateContact = (ctx: CrmContext) =>
  updateRecord<Contact, typeof UpdateContactInput>(ctx, {
    store: contactStore,
    operation: "updateContact",
    input: UpdateContactInput,
    nullable: ["accountId"],
    check: async (w, directory, before, after) => {
      if (after.accountId === null || after.accountId === before.accountId) return ok(true);
      const account = await readableAccount(w, directory, after.accountId, "accountId");
      return account.ok ? ok(true) : account;
    },
  });
