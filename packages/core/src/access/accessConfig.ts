import { z } from "zod";
import { Role } from "../entities/role";
import { ALWAYS_VISIBLE_FIELDS, RECORD_FIELDS } from "./recordFields";

export const RECORD_KINDS = ["account", "contact", "lead", "deal", "activity"] as const;
export const RecordKind = z.enum(RECORD_KINDS, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `unknown record kind '${issue.input}'; use one of ${RECORD_KINDS.join(", ")}`
      : `must be a record kind: one of ${RECORD_KINDS.join(", ")}`,
});
export type RecordKind = z.infer<typeof RecordKind>;

export const READ_SCOPES = ["own", "team", "all"] as const;
/**
 * How far a role's reading reaches: `own` only what the user owns (or owned),
 * `team` also their team's, the teams they manage with those teams' child teams,
 * and their direct reports' records; `all` every record.
 */
export const ReadScope = z.enum(READ_SCOPES);
export type ReadScope = z.infer<typeof ReadScope>;

export const WRITE_SCOPES = ["none", "own", "team", "all"] as const;
/** How far a role's changing reaches; the same reaches as `ReadScope`, plus `none` (read-only). */
export const WriteScope = z.enum(WRITE_SCOPES);
export type WriteScope = z.infer<typeof WriteScope>;

/** Default read scope per role (DOMAIN.md §8). Finance and legal read company-wide, but only the kinds below. */
export const DEFAULT_READ_SCOPE = {
  rep: "team",
  manager: "team",
  marketing: "team",
  service: "team",
  finance: "all",
  legal: "all",
  leadership: "all",
  admin: "all",
} as const satisfies Record<Role, ReadScope>;

/**
 * Default write scope per role: people change what they own, managers their
 * teams', the CRM owner (admin) everything; leadership reads everything but
 * changes only records it owns itself (the founder-as-owner stage of a company).
 */
export const DEFAULT_WRITE_SCOPE = {
  rep: "own",
  manager: "team",
  marketing: "own",
  service: "own",
  finance: "own",
  legal: "own",
  leadership: "own",
  admin: "all",
} as const satisfies Record<Role, WriteScope>;

/**
 * Default record kinds each role may read beyond what it owns. Finance and
 * legal work contracts and money, so they see accounts, their contacts and
 * deals, not marketing's leads or the sales team's call notes.
 */
export const DEFAULT_READABLE_KINDS: Readonly<Record<Role, readonly RecordKind[]>> = {
  rep: RECORD_KINDS,
  manager: RECORD_KINDS,
  marketing: RECORD_KINDS,
  service: RECORD_KINDS,
  finance: ["account", "contact", "deal"],
  legal: ["account", "contact", "deal"],
  leadership: RECORD_KINDS,
  admin: RECORD_KINDS,
};

/**
 * Default field-level visibility ("each role sees the dimensions it needs"):
 * marketing measures campaigns by counts and attributed pipeline, computed by
 * the KPIs, so it does not see individual deal amounts; finance, whose job is
 * the money, sees every money field. A role not listed sees every field.
 */
export const DEFAULT_HIDDEN_FIELDS: Readonly<
  Partial<Record<Role, Partial<Record<RecordKind, readonly string[]>>>>
> = {
  marketing: { deal: ["amount"] },
};

/** Fills the roles a company left out with the default, so a company writes only what differs. */
const perRole = <V extends z.ZodType>(value: V, defaults: Readonly<Record<Role, z.output<V>>>) =>
  z
    .partialRecord(Role, value)
    .transform((given): Record<Role, z.output<V>> => ({ ...defaults, ...given }))
    .prefault({});

const HiddenFieldsByKind = z
  .partialRecord(RecordKind, z.array(z.string().min(1)))
  .superRefine((byKind, ctx) => {
    for (const kind of RECORD_KINDS) {
      for (const field of byKind[kind] ?? []) {
        if (ALWAYS_VISIBLE_FIELDS.includes(field)) {
          ctx.addIssue({
            code: "custom",
            path: [kind],
            message: `'${field}' cannot be hidden: every role needs it to refer to the record`,
          });
        } else if (!RECORD_FIELDS[kind].includes(field)) {
          ctx.addIssue({
            code: "custom",
            path: [kind],
            message: `${kind} has no field '${field}'; use one of ${RECORD_FIELDS[kind].join(", ")}`,
          });
        }
      }
    }
  });

export const AccessConfig = z.object({
  /** Read scope per role (DOMAIN.md §8). A user with several roles gets the union of their rights. */
  readScope: perRole(ReadScope, DEFAULT_READ_SCOPE),
  /** Write scope per role; nobody writes what they cannot read. */
  writeScope: perRole(WriteScope, DEFAULT_WRITE_SCOPE),
  /** Record kinds each role reads within its scope; owners always read their own records. */
  readableKinds: perRole(
    // A transform, not `.readonly()`: zod's readonly throws on a typed array instead of refusing it.
    z.array(RecordKind).transform((kinds): readonly RecordKind[] => kinds),
    DEFAULT_READABLE_KINDS,
  ),
  /**
   * Fields hidden from a role, per record kind; everything not listed is
   * visible. A role given here replaces that role's default entry.
   */
  hiddenFields: z
    .partialRecord(Role, HiddenFieldsByKind)
    .transform((given) => ({ ...DEFAULT_HIDDEN_FIELDS, ...given }))
    .prefault({}),
  /**
   * Roles that may read and change records with no owner and no team (the
   * fallback queue), so someone can always triage and assign them.
   */
  unownedRecordRoles: z.array(Role).default(["manager", "marketing"]),
});
export type AccessConfig = z.infer<typeof AccessConfig>;
export type AccessConfigInput = z.input<typeof AccessConfig>;
