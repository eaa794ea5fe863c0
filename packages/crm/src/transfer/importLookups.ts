import { type Config, normalizeCompanyName } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely } from "kysely";
import { type IndexedRecord, type RecordIndex, recordIndex } from "./recordIndex";

export type AccountRecord = IndexedRecord & {
  readonly domain: string | null;
  readonly country: string | null;
};
export type ContactRecord = IndexedRecord & {
  readonly phone: string | null;
  readonly accountId: string | null;
};
export type DealRecord = IndexedRecord & { readonly accountId: string };

/** The comparable form of a company name ("Acme, Inc." and "ACME Inc" are both "acme"). */
export const companyKey =
  (config: Config) =>
  (name: string): string => {
    const key = normalizeCompanyName(name, config);
    return key.ok ? key.value : "";
  };

/** Every stored account, indexed for linking by id, external id and (comparable) name. */
export const loadAccounts = async (
  db: Kysely<Database>,
  config: Config,
): Promise<RecordIndex<AccountRecord>> => {
  const rows = await db
    .selectFrom("accounts")
    .select(["id", "name", "external_id", "domain", "country"])
    .execute();
  return recordIndex(
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      externalId: r.external_id,
      domain: r.domain,
      country: r.country,
    })),
    companyKey(config),
  );
};

/** Every stored contact, indexed by id, external id, email and name. */
export const loadContacts = async (db: Kysely<Database>): Promise<RecordIndex<ContactRecord>> => {
  const rows = await db
    .selectFrom("contacts")
    .select(["id", "name", "external_id", "email", "phone", "account_id"])
    .execute();
  return recordIndex(
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      externalId: r.external_id,
      email: r.email,
      phone: r.phone,
      accountId: r.account_id,
    })),
  );
};

/** Every stored deal, indexed by id, external id and name. */
export const loadDeals = async (db: Kysely<Database>): Promise<RecordIndex<DealRecord>> => {
  const rows = await db
    .selectFrom("deals")
    .select(["id", "name", "external_id", "account_id"])
    .execute();
  return recordIndex(
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      externalId: r.external_id,
      accountId: r.account_id,
    })),
  );
};

/** Every stored lead, indexed by id, external id, email and name. */
export const loadLeads = async (db: Kysely<Database>): Promise<RecordIndex<IndexedRecord>> => {
  const rows = await db
    .selectFrom("leads")
    .select(["id", "name", "external_id", "email"])
    .execute();
  return recordIndex(
    rows.map((r) => ({ id: r.id, name: r.name, externalId: r.external_id, email: r.email })),
  );
};

/** Every user (active or not: history may name people who left), by id, email and name. */
export const loadUsers = async (db: Kysely<Database>): Promise<RecordIndex<IndexedRecord>> => {
  const rows = await db.selectFrom("users").select(["id", "name", "email"]).execute();
  return recordIndex(
    rows.map((r) => ({ id: r.id, name: r.name, email: r.email, externalId: null })),
  );
};

/** Every team, by id and name. */
export const loadTeams = async (db: Kysely<Database>): Promise<RecordIndex<IndexedRecord>> => {
  const rows = await db.selectFrom("teams").select(["id", "name"]).execute();
  return recordIndex(rows.map((r) => ({ id: r.id, name: r.name, externalId: null })));
};
