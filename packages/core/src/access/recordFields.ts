import { Account } from "../entities/account";
import { Activity } from "../entities/activity";
import { Contact } from "../entities/contact";
import { Deal } from "../entities/deal";
import { Lead } from "../entities/lead";
import type { RecordKind } from "./accessConfig";

/**
 * Every field of each record kind, read from the entity schemas so a new field
 * is governed by field visibility the day it is added.
 *
 * @example RECORD_FIELDS.deal.includes("amount") // true
 */
export const RECORD_FIELDS: Readonly<Record<RecordKind, readonly string[]>> = {
  account: Object.keys(Account.shape),
  contact: Object.keys(Contact.shape),
  lead: Object.keys(Lead.shape),
  deal: Object.keys(Deal.shape),
  activity: Object.keys(Activity.shape),
};

/** Fields no role can hide: without the id a record cannot even be referred to. */
export const ALWAYS_VISIBLE_FIELDS: readonly string[] = ["id"];
