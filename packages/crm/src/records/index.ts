import type { CrmContext } from "../kernel/crmContext";
import { accountSummary } from "./accountSummary";
import { createAccount } from "./createAccount";
import { createContact } from "./createContact";
import { createDeal } from "./createDeal";
import { createLead } from "./createLead";
import { dealSummary } from "./dealSummary";
import { find } from "./find";
import { leadSummary } from "./leadSummary";
import { updateAccount } from "./updateAccount";
import { updateContact } from "./updateContact";
import { updateDeal } from "./updateDeal";
import { updateLead } from "./updateLead";

export type { AccountSummary, AccountSummaryInput } from "./accountSummary";
export type { CreateAccountInput } from "./createAccount";
export type { CreateContactInput } from "./createContact";
export type { CreateDealInput } from "./createDeal";
export type { CreateLeadInput } from "./createLead";
export { type DealSummary, DealSummaryInput } from "./dealSummary";
export type { FindInput, FindMatch } from "./find";
export { type LeadSummary, LeadSummaryInput } from "./leadSummary";
export type { ResolvedRecord } from "./resolveRecord";
export type { CreatedRecord, SavedRecord, Shown } from "./savedRecord";
export type { SearchKind } from "./searchKinds";
export type { MatchTier } from "./searchRecords";
export type { UpdateAccountInput } from "./updateAccount";
export type { UpdateContactInput } from "./updateContact";
export type { UpdateDealInput } from "./updateDeal";
export type { UpdateLeadInput } from "./updateLead";

/** The records use cases, bound to a context. */
export const recordsUseCases = (ctx: CrmContext) => ({
  createAccount: createAccount(ctx),
  updateAccount: updateAccount(ctx),
  createContact: createContact(ctx),
  updateContact: updateContact(ctx),
  createLead: createLead(ctx),
  updateLead: updateLead(ctx),
  createDeal: createDeal(ctx),
  updateDeal: updateDeal(ctx),
  find: find(ctx),
  accountSummary: accountSummary(ctx),
  dealSummary: dealSummary(ctx),
  leadSummary: leadSummary(ctx),
});
export type RecordsUseCases = ReturnType<typeof recordsUseCases>;
