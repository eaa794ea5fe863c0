import type { Config, User } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type { RecordKind } from "../kernel/crmEvents";
import type { DuplicateFinding } from "./importDuplicates";
import type { ImportKind } from "./importKind";
import type { AccountRecord, ContactRecord, DealRecord } from "./importLookups";
import type { ImportMapping } from "./importMapping";
import type { Linker } from "./linker";
import type { IndexedRecord, RecordIndex, RefLookup } from "./recordIndex";
import type { RowCells } from "./rowCells";

/** The stored records an import links rows to, loaded once per import. */
export type ImportLookups = {
  readonly accounts?: RecordIndex<AccountRecord>;
  readonly contacts?: RecordIndex<ContactRecord>;
  readonly deals?: RecordIndex<DealRecord>;
  readonly leads?: RecordIndex<IndexedRecord>;
  readonly users?: RecordIndex<IndexedRecord>;
  readonly teams?: RecordIndex<IndexedRecord>;
};
export type LookupName = keyof ImportLookups;

/** What every step of an import sees. */
export type ImportEnv = {
  readonly kind: ImportKind;
  readonly config: Config;
  readonly now: Date;
  readonly actor: User;
  readonly mapping: ImportMapping;
  readonly lookups: ImportLookups;
};

/** What a row says about its own record, before its links are resolved. */
export type RowRead = {
  /** Entity fields read from the row's cells, only those it gives. */
  readonly fields: Record<string, unknown>;
  /** What makes this row's record the same record on a re-run when the file has no id column. */
  readonly key: readonly string[];
  /** Columns kept beside the entity (a task's due and done dates). */
  readonly extras?: Record<string, unknown>;
};

/** A record to create, with the id it had in the file's system and its extra columns. */
export type Creation<E> = {
  readonly entity: E;
  readonly externalId: string | null;
  readonly extras: Record<string, unknown>;
};

/**
 * How one kind of record is imported: read from cells, identified against
 * what is stored, linked, defaulted, validated, checked for duplicates and
 * written. `importCsv` runs the same steps for every kind.
 */
export type ImportSpec<E extends { readonly id: string }> = {
  readonly recordKind: RecordKind;
  readonly schema: z.ZodType<E>;
  /** The stored records this kind links to. */
  readonly needs: readonly LookupName[];
  /** Entity fields only a new record takes from the file; an update keeps the stored value. */
  readonly createOnly: readonly string[];
  /** Entity fields an update does not compare (history kept elsewhere). */
  readonly compareWithout?: readonly string[];
  /** Whether the file's id column becomes the record's id (people, teams) or its external id. */
  readonly idColumn: "id" | "external";
  /** The records rows are matched against, for the rows' ids and keys. */
  ownIndex(
    db: Kysely<Database>,
    env: ImportEnv,
    probes: { readonly ids: readonly string[]; readonly externalIds: readonly string[] },
  ): Promise<RecordIndex<IndexedRecord>>;
  read(cells: RowCells, env: ImportEnv): RowRead;
  /** The stored record a row without an id column is (users by email, teams by name); external kinds use their key. */
  identify?(read: RowRead, own: RecordIndex<IndexedRecord>): RefLookup<IndexedRecord>;
  /** Resolves the row's references into entity fields (`ownerId`, `accountId`…). */
  link(cells: RowCells, linker: Linker, env: ImportEnv): Record<string, unknown>;
  /** Fields a new record takes when the file does not give them. */
  defaults(given: Record<string, unknown>, env: ImportEnv): Record<string, unknown>;
  /** Fields an update derives from the change (a new owner makes the old one a previous owner). */
  adjust?(before: E, after: Record<string, unknown>, env: ImportEnv): Record<string, unknown>;
  /** What the index knows of a planned record, so later rows can link to it. */
  indexed(
    entity: Record<string, unknown>,
    id: string,
    externalId: string | null,
    line: number,
  ): IndexedRecord;
  loadExisting(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, E>>;
  duplicates?(
    creates: readonly { readonly line: number; readonly entity: E }[],
    env: ImportEnv,
  ): Map<number, DuplicateFinding>;
  insert(
    tx: Transaction<Database>,
    creates: readonly Creation<E>[],
    env: ImportEnv,
  ): Promise<ReadonlySet<string>>;
  update(tx: Transaction<Database>, before: E, after: E, env: ImportEnv): Promise<void>;
  nameOf(entity: E): string;
  /** The import field an entity field is read from, for messages ("ownerId" → "owner"). */
  readonly fieldOf: Readonly<Record<string, string>>;
};
