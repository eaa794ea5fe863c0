import { randomUUID } from "node:crypto";
import { type Config, defaultConfig } from "@baton/core";
import { openStore, type Store, type StoreOptions } from "@baton/store";
import { type ActivitiesUseCases, activitiesUseCases } from "./activities";
import { type ApprovalsUseCases, approvalsUseCases } from "./approvals";
import { type DirectoryUseCases, directoryUseCases } from "./directory";
import { type FunnelUseCases, funnelUseCases } from "./funnel";
import { type InsightsUseCases, insightsUseCases } from "./insights";
import type { CrmContext } from "./kernel/crmContext";
import { type ReceivablesUseCases, receivablesUseCases } from "./receivables";
import { type RecordsUseCases, recordsUseCases } from "./records";
import { type TransferUseCases, transferUseCases } from "./transfer";

export type CrmOptions = StoreOptions & {
  /** An already open store to use (the caller closes it); otherwise one is opened from the store options. */
  store?: Store;
  /** The company's rules (pipeline, SLAs, approvals...). Default: core's `defaultConfig`. */
  config?: Config;
  /** What time it is; default the system clock. */
  clock?: () => Date;
  /** New record ids; default random UUIDs. */
  newId?: () => string;
};

/** A CRM on a database: every use case as a method, plus the store it runs on. */
export type Crm = {
  readonly context: CrmContext;
  /** Closes the database if this `Crm` opened it. */
  close(): Promise<void>;
} & DirectoryUseCases &
  RecordsUseCases &
  ActivitiesUseCases &
  FunnelUseCases &
  ApprovalsUseCases &
  ReceivablesUseCases &
  InsightsUseCases &
  TransferUseCases;

/**
 * Opens a CRM: on embedded PGlite in `./.baton/data` with no arguments, on a
 * PostgreSQL server with `{ url }`. The schema is migrated on open.
 *
 * @example const crm = await openCrm(); await crm.logActivity({ userId: "u1" }, { ... })
 */
export const openCrm = async (options: CrmOptions = {}): Promise<Crm> => {
  const { store: given, config, clock, newId, ...storeOptions } = options;
  const store = given ?? (await openStore(storeOptions));
  const context: CrmContext = {
    store,
    config: config ?? defaultConfig(),
    clock: clock ?? (() => new Date()),
    newId: newId ?? randomUUID,
  };
  return {
    context,
    close: async () => {
      if (!given) await store.close();
    },
    ...directoryUseCases(context),
    ...recordsUseCases(context),
    ...activitiesUseCases(context),
    ...funnelUseCases(context),
    ...approvalsUseCases(context),
    ...receivablesUseCases(context),
    ...insightsUseCases(context),
    ...transferUseCases(context),
  };
};
