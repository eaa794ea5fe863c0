import type { User } from "../entities/user";
import { type AccessConfig, RECORD_KINDS, type RecordKind } from "./accessConfig";
import { ALWAYS_VISIBLE_FIELDS, RECORD_FIELDS } from "./recordFields";

/** The actor fields field visibility depends on. */
export type FieldViewer = Pick<User, "id" | "roles" | "active">;

/**
 * True when `field` of a `kind` record is shown to `viewer`: it is the id, or
 * at least one of the viewer's roles does not hide it (several roles give the
 * union of what each sees). An inactive viewer sees nothing.
 *
 * @example canSeeField(marketer, "deal", "amount", config.access) // false by default
 */
export const canSeeField = (
  viewer: FieldViewer,
  kind: RecordKind,
  field: string,
  config: AccessConfig,
): boolean => {
  if (!viewer.active || !RECORD_KINDS.includes(kind)) return false;
  if (ALWAYS_VISIBLE_FIELDS.includes(field)) return true;
  return viewer.roles.some((role) => !(config.hiddenFields[role]?.[kind] ?? []).includes(field));
};

/**
 * The fields of a `kind` record `viewer` sees, in schema order, so a screen or
 * export shows only those columns ("each role sees the dimensions it needs";
 * defaults in `DEFAULT_HIDDEN_FIELDS`). Whether the viewer may see the record
 * at all is `canRead`'s question. An unknown kind or an inactive viewer sees no field.
 *
 * @example visibleFields(marketer, "deal", config.access).includes("amount") // false
 */
export const visibleFields = (
  viewer: FieldViewer,
  kind: RecordKind,
  config: AccessConfig,
): readonly string[] =>
  RECORD_KINDS.includes(kind)
    ? RECORD_FIELDS[kind].filter((field) => canSeeField(viewer, kind, field, config))
    : [];

/**
 * A copy of `record` without the fields hidden from `viewer`, for showing a
 * record the viewer may read (check `canRead` first). As a second line of
 * defence, a private activity of someone else, or any record for an inactive
 * viewer, keeps nothing but its id.
 *
 * @example redactRecord(marketer, "deal", deal, config.access) // deal without `amount`
 */
export const redactRecord = <T extends { readonly id: string }>(
  viewer: FieldViewer,
  kind: RecordKind,
  record: T,
  config: AccessConfig,
): Partial<T> & Pick<T, "id"> => {
  const othersPrivateNote =
    kind === "activity" &&
    "private" in record &&
    record.private === true &&
    (!("actorId" in record) || record.actorId !== viewer.id);
  const kept = Object.entries(record).filter(
    ([field]) => !othersPrivateNote && canSeeField(viewer, kind, field, config),
  );
  return { ...(Object.fromEntries(kept) as Partial<T>), id: record.id };
};
