import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import type { AccessActor, AccessActorInput } from "./accessActor";
import { type AccessConfig, RECORD_KINDS, type RecordKind } from "./accessConfig";
import { readAccessActor } from "./readAccessInputs";
import { ALWAYS_VISIBLE_FIELDS, RECORD_FIELDS } from "./recordFields";

/** The viewer of a record's fields: the acting user, read as access reads it (`AccessActor`). */
export type FieldViewer = AccessActorInput;

const isRecordKind = (kind: unknown): kind is RecordKind =>
  (RECORD_KINDS as readonly unknown[]).includes(kind);

/**
 * The checked viewer and access rules, or null when either is not valid or the
 * viewer is inactive: field visibility then shows nothing (`accessDecision`
 * names the reason), as it would for a record the viewer may not read.
 */
const checkedViewer = (
  viewer: FieldViewer,
  config: Config,
): { readonly viewer: AccessActor; readonly access: AccessConfig } | null => {
  const company = readConfig(config);
  const who = readAccessActor(viewer);
  if (!company.ok || !who.ok || !who.value.active) return null;
  return { viewer: who.value, access: company.value.access };
};

const shows = (
  viewer: AccessActor,
  kind: RecordKind,
  field: string,
  config: AccessConfig,
): boolean =>
  ALWAYS_VISIBLE_FIELDS.includes(field) ||
  viewer.roles.some((role) => !(config.hiddenFields[role]?.[kind] ?? []).includes(field));

/**
 * True when `field` of a `kind` record is shown to `viewer`: it is the id, or
 * at least one of the viewer's roles does not hide it (several roles give the
 * union of what each sees). An inactive or malformed viewer, an unknown kind
 * or an invalid configuration shows nothing.
 *
 * @example canSeeField(marketer, "deal", "amount", defaultConfig()) // false by default
 */
export const canSeeField = (
  viewer: FieldViewer,
  kind: RecordKind,
  field: string,
  config: Config,
): boolean => {
  const checked = checkedViewer(viewer, config);
  if (!checked || !isRecordKind(kind) || typeof field !== "string") return false;
  return shows(checked.viewer, kind, field, checked.access);
};

/**
 * The fields of a `kind` record `viewer` sees, in schema order, so a screen or
 * export shows only those columns ("each role sees the dimensions it needs";
 * defaults in `DEFAULT_HIDDEN_FIELDS`). Whether the viewer may see the record
 * at all is `canRead`'s question. An unknown kind, an inactive or malformed
 * viewer, or an invalid configuration sees no field.
 *
 * @example visibleFields(marketer, "deal", defaultConfig()).includes("amount") // false
 */
export const visibleFields = (
  viewer: FieldViewer,
  kind: RecordKind,
  config: Config,
): readonly string[] => {
  const checked = checkedViewer(viewer, config);
  if (!checked || !isRecordKind(kind)) return [];
  return RECORD_FIELDS[kind].filter((field) => shows(checked.viewer, kind, field, checked.access));
};

/**
 * A copy of `record` without the fields hidden from `viewer`, for showing a
 * record the viewer may read (check `canRead` first). As a second line of
 * defence, a private activity of someone else, an unknown kind, or any record
 * for an inactive or malformed viewer or under an invalid configuration keeps
 * nothing but its id.
 *
 * @example redactRecord(marketer, "deal", deal, defaultConfig()) // deal without `amount`
 */
export const redactRecord = <T extends { readonly id: string }>(
  viewer: FieldViewer,
  kind: RecordKind,
  record: T,
  config: Config,
): Partial<T> & Pick<T, "id"> => {
  // A caller without types may hand over anything; there is nothing of a non-record to show.
  if (typeof record !== "object" || record === null) return {} as Partial<T> & Pick<T, "id">;
  const idOnly = { id: record.id } as Partial<T> & Pick<T, "id">;
  const checked = checkedViewer(viewer, config);
  if (!checked || !isRecordKind(kind)) return idOnly;
  const othersPrivateNote =
    kind === "activity" &&
    "private" in record &&
    record.private === true &&
    (!("actorId" in record) || record.actorId !== checked.viewer.id);
  if (othersPrivateNote) return idOnly;
  const kept = Object.entries(record).filter(([field]) =>
    shows(checked.viewer, kind, field, checked.access),
  );
  return { ...(Object.fromEntries(kept) as Partial<T>), id: record.id };
};
