import { err, ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import { type CrmError, crmError } from "../kernel/crmError";
import { IMPORT_FIELDS, type ImportField, REQUIRED_FIELDS } from "./importFields";
import { ImportKind } from "./importKind";

/** What one column of a file is taken to be, how sure that is, and why. */
export type ColumnSuggestion = {
  readonly column: string;
  /** Our field, or null when the column is not imported. */
  readonly field: string | null;
  /** 1: our own column name; 0.9: a name other CRMs use for it; 0.6: the header contains such a name; 0: not imported. */
  readonly confidence: number;
  readonly why: string;
};

/** A suggested column mapping for a file's headers, and the required fields no column fills. */
export type MappingSuggestion = {
  readonly kind: ImportKind;
  readonly columns: readonly ColumnSuggestion[];
  /** Sentences naming each required field without a column. */
  readonly missing: readonly string[];
};

/** Case, width, spacing and punctuation do not make two header names different. */
export const compactHeader = (text: string): string =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

type Match = { readonly field: ImportField; readonly confidence: number; readonly why: string };

const bestMatch = (header: string, fields: readonly ImportField[]): Match | null => {
  const compact = compactHeader(header);
  if (compact === "") return null;
  let best: (Match & { readonly length: number }) | null = null;
  const consider = (candidate: Match & { readonly length: number }) => {
    if (
      !best ||
      candidate.confidence > best.confidence ||
      (candidate.confidence === best.confidence && candidate.length > best.length)
    )
      best = candidate;
  };
  for (const field of fields) {
    for (const alias of field.aliases)
      if (compactHeader(alias) === compact)
        consider({ field, confidence: 1, why: "is our own column name", length: compact.length });
    for (const synonym of field.synonyms) {
      const name = compactHeader(synonym);
      if (name === compact)
        consider({
          field,
          confidence: 0.9,
          why: `is what other CRMs call the ${field.label}`,
          length: name.length,
        });
      // A CJK word carries a whole concept in two characters; a Latin one needs four letters.
      else if (name.length >= (/\p{Script=Han}/u.test(name) ? 2 : 4) && compact.includes(name))
        consider({
          field,
          confidence: 0.6,
          why: `contains '${synonym}', a name for the ${field.label}`,
          length: name.length,
        });
    }
  }
  return best;
};

const Headers = z.array(z.string().max(1000)).max(1000, "must be at most 1,000 columns");

/**
 * Suggests which of our fields each column of an exported file fills, from its
 * header: our own export's names are sure (confidence 1), the names HubSpot,
 * Salesforce, Pipedrive and Chinese CRMs use are likely (0.9), a header that
 * contains one is a guess to check (0.6). Each field gets at most one column,
 * the surest (the first on a tie); every other column is reported as not
 * imported. A mapping file overrides any of it.
 *
 * @example
 * suggestMapping("deals", ["Deal Name", "Deal Stage", "Amount", "Close Date", "Deal Owner", "Associated Company"])
 * // ok({ kind: "deals", columns: [{ column: "Deal Name", field: "name", confidence: 0.9, … }, …], missing: [] })
 */
export const suggestMapping = (
  kind: ImportKind,
  headers: readonly string[],
): Result<MappingSuggestion, CrmError> => {
  const what = parseInput(ImportKind, kind, "kind");
  if (!what.ok) return err(crmError("invalid_input", what.error.message));
  const given = parseInput(Headers, headers, "headers");
  if (!given.ok) return err(crmError("invalid_input", given.error.message));
  const fields = IMPORT_FIELDS[what.value];
  const matches = given.value.map((header) => bestMatch(header, fields));
  const order = matches
    .map((match, index) => ({ match, index }))
    .filter((m): m is { match: Match; index: number } => m.match !== null)
    .sort((a, b) => b.match.confidence - a.match.confidence || a.index - b.index);
  const taken = new Map<string, number>();
  for (const { match, index } of order)
    if (!taken.has(match.field.name)) taken.set(match.field.name, index);
  const columns = given.value.map((column, index): ColumnSuggestion => {
    const match = matches[index];
    if (!match) return { column, field: null, confidence: 0, why: "matches none of our fields" };
    if (taken.get(match.field.name) !== index) {
      const winner = given.value[taken.get(match.field.name) ?? 0];
      return {
        column,
        field: null,
        confidence: 0,
        why: `would be the ${match.field.label}, but column '${winner}' fits it better`,
      };
    }
    return { column, field: match.field.name, confidence: match.confidence, why: match.why };
  });
  return ok({ kind: what.value, columns, missing: missingRequired(what.value, columns) });
};

/** Sentences naming the required fields of `kind` that none of `columns` fills. */
export const missingRequired = (
  kind: ImportKind,
  columns: readonly { readonly field: string | null }[],
): string[] => {
  const mapped = new Set(columns.map((c) => c.field));
  return REQUIRED_FIELDS[kind]
    .filter((oneOf) => !oneOf.some((name) => mapped.has(name)))
    .map((oneOf) =>
      oneOf.length === 1
        ? `No column is mapped to ${oneOf[0]}; map one in the mapping's columns.`
        : `No column is mapped to any of ${oneOf.join(", ")}; map one in the mapping's columns.`,
    );
};
