import { type InvalidInput, parseInput } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely } from "kysely";
import { changedFields } from "../kernel/unitOfWork";
import type { ColumnMapping } from "./columnMapping";
import type { CsvTable } from "./csvTable";
import { stableExternalId } from "./externalId";
import type { DuplicateFinding } from "./importDuplicates";
import { importField, REQUIRED_FIELDS } from "./importFields";
import type { ImportProblem } from "./importReport";
import type { ImportEnv, ImportSpec } from "./importSpec";
import { linker } from "./linker";
import type { IndexedRecord, RecordIndex, RefLookup } from "./recordIndex";
import { type CellIssue, type RowCells, rowCells } from "./rowCells";

type Planned = {
  readonly line: number;
  readonly warnings: readonly string[];
  readonly dependsOn: readonly number[];
};

/** What the import will do with one row. */
export type RowPlan<E> =
  | (Planned & {
      readonly action: "create";
      readonly entity: E;
      readonly externalId: string | null;
      readonly extras: Record<string, unknown>;
    })
  | (Planned & {
      readonly action: "update";
      readonly before: E;
      readonly entity: E;
      readonly fields: readonly string[];
    })
  | (Planned & { readonly action: "unchanged"; readonly entity: E })
  | { readonly action: "skip"; readonly line: number; readonly problem: ImportProblem };

type Draft = {
  readonly line: number;
  readonly cells: RowCells;
  readonly read: ReturnType<ImportSpec<{ id: string }>["read"]>;
  readonly explicitId: string | undefined;
  readonly externalId: string | null;
};

const skip = (
  line: number,
  problem: Omit<ImportProblem, "line" | "message"> & { text: string },
): RowPlan<never> => {
  const { text, ...rest } = problem;
  return { action: "skip", line, problem: { line, message: `line ${line}: ${text}`, ...rest } };
};

const invalid = (line: number, issues: readonly CellIssue[]) =>
  skip(line, { outcome: "invalid", text: issues.map((i) => i.message).join("; "), issues });

/** A cell every row of `kind` needs that this row leaves empty is an issue of its own. */
const requireCells = (cells: RowCells, env: ImportEnv) => {
  for (const oneOf of REQUIRED_FIELDS[env.kind]) {
    if (oneOf.some((field) => cells.text(field) !== undefined)) continue;
    const labels = oneOf.map((field) => importField(env.kind, field)?.label ?? field);
    const named =
      labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`;
    cells.issues.push({
      field: oneOf[0] ?? "",
      column: cells.column(oneOf[0] ?? ""),
      value: "",
      message: `${named} is missing`,
    });
  }
};

const schemaIssues = <E extends { readonly id: string }>(
  error: InvalidInput,
  cells: RowCells,
  spec: ImportSpec<E>,
  env: ImportEnv,
): CellIssue[] =>
  error.issues.map(({ path, message }) => {
    const head = path.split(/[.[]/)[0] ?? path;
    if (head === "input") return { field: "", column: null, value: "", message };
    const field = spec.fieldOf[head] ?? head;
    const label = importField(env.kind, field)?.label ?? field;
    const value = cells.raw(field);
    return {
      field,
      column: cells.column(field),
      value,
      message: value ? `${label} '${value}' ${message}` : `${label} ${message}`,
    };
  });

const identify = <E extends { readonly id: string }>(
  spec: ImportSpec<E>,
  own: RecordIndex<IndexedRecord>,
  draft: Draft,
): RefLookup<IndexedRecord> => {
  const explicit = draft.explicitId;
  if (explicit !== undefined) {
    const found =
      spec.idColumn === "external"
        ? (own.byExternalId(explicit) ?? own.byId(explicit))
        : own.byId(explicit);
    return found ? { found } : { missing: true };
  }
  if (spec.idColumn === "external" && draft.externalId !== null) {
    const found = own.byExternalId(draft.externalId);
    return found ? { found } : { missing: true };
  }
  return spec.identify?.(draft.read, own) ?? { missing: true };
};

const duplicateSkip = (line: number, what: string, finding: DuplicateFinding): RowPlan<never> =>
  skip(line, {
    outcome: "duplicate",
    text: `looks like a duplicate of ${what} '${finding.of.name}'${finding.of.line !== undefined ? ` on line ${finding.of.line}` : ""} (${finding.reasons.join(", ")}); it was not imported. Merge the two in your file, or create it by hand if it is another ${what}.`,
    duplicateOf: { ...finding.of, reasons: finding.reasons },
  });

/** Rows linking to a planned record whose own row was not imported are not imported either. */
const dropOrphans = <E>(plans: RowPlan<E>[], what: string) => {
  const byLine = new Map(plans.map((plan, index) => [plan.line, index] as const));
  let changed = true;
  while (changed) {
    changed = false;
    plans.forEach((plan, index) => {
      if (plan.action === "skip") return;
      const gone = plan.dependsOn.find((line) => plans[byLine.get(line) ?? -1]?.action === "skip");
      if (gone === undefined) return;
      plans[index] = skip(plan.line, {
        outcome: "unlinked",
        text: `links to the ${what} on line ${gone}, which was not imported; fix line ${gone} first`,
      });
      changed = true;
    });
  }
};

/**
 * Decides, without writing anything, what an import does with each row of a
 * file: read and check its cells, find the stored record it is (by its id
 * column or its stable key), resolve its links to stored records and to
 * records planned from other rows, validate the result with the entity's
 * schema, compare it with the stored record, and hold back rows that look like
 * duplicates. Each row not imported carries its reason.
 */
export const planImport = async <E extends { readonly id: string }>(
  spec: ImportSpec<E>,
  db: Kysely<Database>,
  table: CsvTable,
  columns: ColumnMapping,
  env: ImportEnv,
  newId: () => string,
): Promise<RowPlan<E>[]> => {
  const drafts: Draft[] = table.rows.map((row) => {
    const cells = rowCells(env.kind, row, columns, env.mapping);
    if (row.cells.length > table.headers.length)
      cells.issues.push({
        field: "",
        column: null,
        value: "",
        message: `has ${row.cells.length} values but the header has ${table.headers.length} columns; check its quotes and delimiters`,
      });
    requireCells(cells, env);
    const read = spec.read(cells, env);
    const explicitId = cells.text("id");
    const externalId =
      spec.idColumn === "external" ? (explicitId ?? stableExternalId(env.kind, read.key)) : null;
    return { line: row.line, cells, read, explicitId, externalId };
  });

  const own = await spec.ownIndex(db, env, {
    ids: drafts.flatMap((d) => (d.explicitId === undefined ? [] : [d.explicitId])),
    externalIds: drafts.flatMap((d) => (d.externalId === null ? [] : [d.externalId])),
  });

  // A stored record two rows both are: the later row repeats the earlier, on every run alike.
  const claimed = new Map<string, number>();
  const identified = drafts.map(
    (draft): { draft: Draft; id: string; stored: boolean } | RowPlan<never> => {
      if (draft.cells.issues.length > 0) return invalid(draft.line, draft.cells.issues);
      const match = identify(spec, own, draft);
      if ("ambiguous" in match)
        return skip(draft.line, {
          outcome: "ambiguous",
          text: `matches ${match.ambiguous.length} ${spec.recordKind}s (${match.ambiguous
            .slice(0, 5)
            .map((r) => `'${r.name}' (${r.id})`)
            .join(", ")}); add an id column so each row names one`,
          candidates: match.ambiguous.map((r) => ({ id: r.id, name: r.name })),
        });
      if ("found" in match) {
        const { found } = match;
        const earlier = found.line ?? claimed.get(found.id);
        if (earlier !== undefined)
          return duplicateSkip(draft.line, spec.recordKind, {
            of: { id: found.id, name: found.name, line: earlier },
            reasons: [draft.explicitId !== undefined ? "same id" : "same key fields"],
            confidence: 1,
          });
        claimed.set(found.id, draft.line);
        return { draft, id: found.id, stored: true };
      }
      const id =
        spec.idColumn === "id" && draft.explicitId !== undefined ? draft.explicitId : newId();
      own.add(spec.indexed(draft.read.fields, id, draft.externalId, draft.line));
      return { draft, id, stored: false };
    },
  );

  const stored = await spec.loadExisting(
    db,
    identified.flatMap((x) => ("draft" in x && x.stored ? [x.id] : [])),
  );

  const plans: RowPlan<E>[] = identified.map((x) => {
    if (!("draft" in x)) return x;
    const { draft, id } = x;
    const l = linker(env.kind, draft.cells);
    const linked = spec.link(draft.cells, l, env);
    if (draft.cells.issues.length > 0) return invalid(draft.line, draft.cells.issues);
    if (l.problems.length > 0)
      return skip(draft.line, {
        outcome: l.problems.some((p) => p.outcome === "unlinked") ? "unlinked" : "ambiguous",
        text: l.problems.map((p) => p.message).join("; "),
        ...(l.problems.some((p) => p.candidates)
          ? { candidates: l.problems.flatMap((p) => p.candidates ?? []) }
          : {}),
      });
    const given = { ...draft.read.fields, ...linked };
    const before = x.stored ? stored.get(id) : undefined;
    let candidate: Record<string, unknown>;
    if (before) {
      const provided = Object.fromEntries(
        Object.entries(given).filter(([f]) => !spec.createOnly.includes(f)),
      );
      const merged = { ...before, ...provided };
      candidate = { ...merged, ...(spec.adjust?.(before, merged, env) ?? {}) };
    } else {
      candidate = { id, ...spec.defaults(given, env), ...given };
    }
    const parsed = parseInput(spec.schema, candidate, spec.recordKind);
    if (!parsed.ok) return invalid(draft.line, schemaIssues(parsed.error, draft.cells, spec, env));
    const planned = { line: draft.line, warnings: l.warnings, dependsOn: l.dependsOn };
    if (!before)
      return {
        ...planned,
        action: "create",
        entity: parsed.value,
        externalId: draft.externalId,
        extras: draft.read.extras ?? {},
      };
    const fields = changedFields(before, parsed.value).filter(
      (f) => !(spec.compareWithout ?? []).includes(f),
    );
    return fields.length === 0
      ? { ...planned, action: "unchanged", entity: before }
      : { ...planned, action: "update", before, entity: parsed.value, fields };
  });

  dropOrphans(plans, spec.recordKind);
  const findings =
    spec.duplicates?.(
      plans.flatMap((p) => (p.action === "create" ? [{ line: p.line, entity: p.entity }] : [])),
      env,
    ) ?? new Map();
  plans.forEach((plan, index) => {
    const finding = findings.get(plan.line);
    if (finding && plan.action === "create")
      plans[index] = duplicateSkip(plan.line, spec.recordKind, finding);
  });
  dropOrphans(plans, spec.recordKind);
  return plans;
};
