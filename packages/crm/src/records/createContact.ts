import { Contact, err, parseInput, type Result } from "@baton/core";
import type { z } from "zod";
import { loadDirectory } from "../funnel/companyDirectory";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { ownerFields, placeOwner } from "./ownerPlacement";
import { readableAccount } from "./parentAccount";
import { accessRules } from "./readFilter";
import { contactStore } from "./recordStores";
import type { CreatedRecord } from "./savedRecord";
import { saveNewRecord } from "./saveNewRecord";

export const CreateContactInput = Contact.pick({
  accountId: true,
  name: true,
  email: true,
  phone: true,
  title: true,
  seniority: true,
  department: true,
  lifecycleStage: true,
}).strict();
export type CreateContactInput = z.input<typeof CreateContactInput>;

/**
 * Creates a contact, at an account the actor can see (or none). Its owner is
 * the actor when their role may own contacts, otherwise routing places it by
 * the account's territory.
 *
 * @example await crm.createContact(ADA, { accountId, name: "Grace Hopper", email: "grace@acme.com" })
 */
export const createContact =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: CreateContactInput,
    options?: WriteOptions,
  ): Promise<Result<CreatedRecord<Contact>, CrmError>> =>
    runWrite(ctx, actor, "createContact", options, async (w) => {
      const parsed = parseInput(CreateContactInput, input, "contact");
      if (!parsed.ok) return parsed;
      const access = accessRules(ctx.config);
      if (!access.ok) return access;
      const directory = await loadDirectory(w.tx);
      const fields = parsed.value;
      let territory = {};
      if (fields.accountId !== null) {
        const account = await readableAccount(w, directory, fields.accountId, "accountId");
        if (!account.ok) return account;
        // A contact is routed like the company they work for.
        territory = account.value;
      }
      const placement = await placeOwner(w, {
        kind: "contact",
        record: territory,
        stage: fields.lifecycleStage,
        directory,
        access: access.value,
      });
      if (!placement.ok) return placement;
      const contact = parseInput(
        Contact,
        {
          ...fields,
          id: ctx.newId(),
          ...ownerFields(placement.value),
          previousOwnerIds: [],
          createdAt: w.now,
        },
        "contact",
      );
      if (!contact.ok) return err(contact.error);
      return saveNewRecord(w, contactStore, contact.value, placement.value, directory);
    });
