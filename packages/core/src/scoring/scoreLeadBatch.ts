import { z } from "zod";
import type { Config } from "../config/config";
import type { DomainError, Result } from "../result";
import { err, ok } from "../result";
import { invalidInput } from "../validation";
import { decayedPoints } from "./engagementDecay";
import { FitSubject, type FitSubjectInput } from "./fitScore";
import type { FitField } from "./scoringConfig";
import { type ScoringError, scoringError } from "./scoringError";
import {
  engagementBandOf,
  fitGradeIndex,
  normaliseFitValue,
  type ScoringModel,
  scoringModelOf,
} from "./scoringModel";

/**
 * Touches of every lead in a batch as three parallel columns, the shape a store returns from
 * `SELECT lead_index, kind, occurred_at_ms … ORDER BY lead_index`: row `j` is a touch of kind
 * `kind[j]` at `atMs[j]` (epoch milliseconds) by `leads[leadIndex[j]]`. Rows may come in any
 * order; grouped by lead (the usual `ORDER BY`) is the fast path. Typed arrays
 * (`Int32Array`, `Float64Array`) and plain arrays both work.
 */
export type LeadEventColumns = {
  readonly leadIndex: ArrayLike<number>;
  readonly kind: ArrayLike<string>;
  readonly atMs: ArrayLike<number>;
};

/**
 * Many leads to score at once: `leads[i]` holds lead `i`'s fit fields (a whole `Lead` is fine),
 * `events` its touches.
 *
 * @example
 * const batch: LeadBatch = {
 *   leads: [{ industry: "software", seniority: "vp" }, { sizeBand: "11-50" }],
 *   events: {
 *     leadIndex: Int32Array.of(0, 0, 1),
 *     kind: ["email_open", "demo_request", "webinar"],
 *     atMs: Float64Array.of(Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 20), Date.UTC(2026, 1, 1)),
 *   },
 * };
 */
export type LeadBatch = {
  readonly leads: readonly (FitSubjectInput | null | undefined)[];
  readonly events: LeadEventColumns;
};

export const LEAD_BATCH_ROW_ERROR_CODES = ["invalid_lead_row", "invalid_event_row"] as const;
export const LeadBatchRowErrorCode = z.enum(LEAD_BATCH_ROW_ERROR_CODES);
export type LeadBatchRowErrorCode = z.infer<typeof LeadBatchRowErrorCode>;

/**
 * One row a batch could not use. `row` is the lead's index for `invalid_lead_row` and the
 * event row for `invalid_event_row`; `leadIndex` is the lead left unscored (null when an
 * event names no lead of the batch).
 */
export type LeadBatchRowError = DomainError<LeadBatchRowErrorCode> & {
  readonly row: number;
  readonly leadIndex: number | null;
};

/** Marks a lead the batch refused in `fitGrade` and `combined`. */
export const UNSCORED_LEAD = 255;

/**
 * Scores of a batch, one slot per lead, in typed arrays rather than objects so a million
 * leads cost five allocations. A refused lead has `NaN` points and engagement, band 0, and
 * `UNSCORED_LEAD` as grade and combined code; its reason is in `rowErrors`.
 */
export type LeadBatchScores = {
  readonly count: number;
  readonly scoredCount: number;
  readonly fitPoints: Float64Array;
  /** Index into `FIT_GRADES` (0 = A … 3 = D). */
  readonly fitGrade: Uint8Array;
  readonly engagement: Float64Array;
  /** 1 (most engaged) to 3. */
  readonly engagementBand: Uint8Array;
  /** Index into `COMBINED_SCORE_CODES` (0 = "A1" … 11 = "D3"). */
  readonly combined: Uint8Array;
  /** Event-row problems in row order, then lead-row problems in lead order. */
  readonly rowErrors: readonly LeadBatchRowError[];
};

// Distinct values per field are few (industries, bands, seniorities); free-text fields could
// make the memo grow with the batch, so past this size new values are simply not remembered.
const MEMO_LIMIT = 100_000;
// The range of a JavaScript Date, so that the batch accepts exactly the instants a single lead can.
const MAX_INSTANT_MS = 8.64e15;

type FieldScorer = (value: unknown) => number;

/**
 * Points of one field's value, remembered per distinct raw value, so each distinct value is
 * checked (by the `FitSubject` schema itself, hence exactly as `scoreLead` checks it) and looked
 * up once per batch rather than once per lead. NaN marks a refused value.
 */
const fieldScorer = (field: FitField, model: ScoringModel): FieldScorer => {
  const table = model.fitPointsByField[field];
  const schema = FitSubject.shape[field];
  const memo = new Map<string, number>();
  return (value) => {
    if (value === undefined || value === null) return 0;
    if (typeof value !== "string") return Number.NaN;
    let points = memo.get(value);
    if (points === undefined) {
      points = schema.safeParse(value).success
        ? (table.get(normaliseFitValue(value)) ?? 0)
        : Number.NaN;
      if (memo.size < MEMO_LIMIT) memo.set(value, points);
    }
    return points;
  };
};

const isColumn = (column: unknown): boolean => Array.isArray(column) || ArrayBuffer.isView(column);

const checkShape = (batch: LeadBatch): ScoringError | null => {
  if (typeof batch !== "object" || batch === null) {
    return scoringError("invalid_lead_batch", "The batch must be an object with leads and events.");
  }
  if (!Array.isArray(batch.leads)) {
    return scoringError("invalid_lead_batch", "The batch's leads must be an array.", ["leads"]);
  }
  const events = batch.events;
  if (typeof events !== "object" || events === null) {
    return scoringError(
      "invalid_lead_batch",
      "The batch's events must be columns { leadIndex, kind, atMs }; pass empty arrays when there are none.",
      ["events"],
    );
  }
  for (const column of ["leadIndex", "kind", "atMs"] as const) {
    if (!isColumn(events[column])) {
      return scoringError(
        "invalid_lead_batch",
        `The batch's events.${column} must be an array or a typed array.`,
        ["events", column],
      );
    }
  }
  const { leadIndex, kind, atMs } = events;
  if (kind.length !== leadIndex.length || atMs.length !== leadIndex.length) {
    return scoringError(
      "invalid_lead_batch",
      `The batch's event columns must be the same length (leadIndex ${leadIndex.length}, kind ${kind.length}, atMs ${atMs.length}).`,
      ["events"],
    );
  }
  return null;
};

/**
 * A cell's value for a message. Rows come from outside (a store, a CSV), so a cell may be an
 * object without `toString` (`Object.create(null)`), which `String()` would throw on.
 */
const shown = (value: unknown): string =>
  Array.isArray(value)
    ? "[an array]"
    : typeof value === "object" && value !== null
      ? "[an object]"
      : typeof value === "function"
        ? "[a function]"
        : String(value);

const eventProblem = (kind: unknown, at: unknown): string =>
  typeof kind !== "string" || kind.length === 0
    ? "kind must name the kind of engagement, such as 'email_click'"
    : `atMs must be a time in epoch milliseconds, not ${shown(at)}`;

const isLeadOf = (li: unknown, leadCount: number): li is number =>
  typeof li === "number" && Number.isInteger(li) && li >= 0 && li < leadCount;

/** True when every row names a lead of the batch and rows come in lead order (`ORDER BY`). */
const isGroupedByLead = (leadIndex: ArrayLike<number>, leadCount: number): boolean => {
  let previous = 0;
  for (let j = 0; j < leadIndex.length; j++) {
    const li = leadIndex[j];
    if (!isLeadOf(li, leadCount) || li < previous) return false;
    previous = li;
  }
  return true;
};

/**
 * Puts the rows of an unordered event table in lead order with a stable counting sort, so each
 * lead's touches are still summed in input order (as `scoreLead` sums them). Rows naming no
 * lead of the batch are left out and reported.
 */
const sortRowsByLead = (
  leadIndex: ArrayLike<number>,
  leadCount: number,
): { readonly rows: Int32Array; readonly errors: LeadBatchRowError[] } => {
  const errors: LeadBatchRowError[] = [];
  const next = new Int32Array(leadCount + 1);
  for (let j = 0; j < leadIndex.length; j++) {
    const li = leadIndex[j];
    if (isLeadOf(li, leadCount)) {
      next[li + 1] = (next[li + 1] ?? 0) + 1;
      continue;
    }
    errors.push({
      code: "invalid_event_row",
      row: j,
      leadIndex: null,
      path: ["events", j],
      message: `Event row ${j} cannot be counted: leadIndex ${shown(li)} is not a lead of this batch (0 to ${leadCount - 1}).`,
    });
  }
  for (let i = 0; i < leadCount; i++) next[i + 1] = (next[i + 1] ?? 0) + (next[i] ?? 0);
  const rows = new Int32Array(next[leadCount] ?? 0);
  for (let j = 0; j < leadIndex.length; j++) {
    const li = leadIndex[j];
    if (!isLeadOf(li, leadCount)) continue;
    const slot = next[li] ?? 0;
    rows[slot] = j;
    next[li] = slot + 1;
  }
  return { rows, errors };
};

/**
 * Scores many leads at `now` at millions a second: the configuration is validated and
 * compiled once, each lead and touch is checked by hand (a field's distinct values by the
 * schema, once each) rather than by a schema per lead, and results go to typed arrays. It
 * gives exactly the numbers `scoreLead` gives; ask `scoreLead` for the explanation of any lead. A bad lead or event row is reported by index
 * in `rowErrors` and its lead left unscored; the rest of the batch is still scored.
 *
 * @example
 * const scores = scoreLeadBatch(batch, new Date("2026-03-31T09:00:00Z"), defaultConfig());
 * // scores.value.fitPoints → Float64Array [45, 0]
 * // COMBINED_SCORE_CODES[scores.value.combined[0]] → "B3"
 */
export const scoreLeadBatch = (
  batch: LeadBatch,
  now: Date,
  config: Config,
): Result<LeadBatchScores, ScoringError> => {
  const loaded = scoringModelOf(config);
  if (!loaded.ok) return loaded;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    return err(scoringError("invalid_now", "The time to score at must be a valid Date."));
  }
  const shapeProblem = checkShape(batch);
  if (shapeProblem !== null) return err(shapeProblem);
  const { leadIndex } = batch.events;
  const leadCount = batch.leads.length;
  const sorted = isGroupedByLead(leadIndex, leadCount)
    ? null
    : sortRowsByLead(leadIndex, leadCount);
  return ok(scoreInLeadOrder(batch, loaded.value, now.getTime(), sorted));
};

/**
 * Three passes, each over one kind of memory: fit over the lead records, engagement over the
 * event columns (rows in lead order), then grades, bands and codes over the typed arrays. Each
 * loop stays small, with few values live and every property access of one shape.
 */
const scoreInLeadOrder = (
  batch: LeadBatch,
  model: ScoringModel,
  nowMs: number,
  sorted: { readonly rows: Int32Array; readonly errors: LeadBatchRowError[] } | null,
): LeadBatchScores => {
  const leadCount = batch.leads.length;
  const eventErrors: LeadBatchRowError[] = sorted === null ? [] : sorted.errors;
  const leadErrors: LeadBatchRowError[] = [];
  const fitPoints = scoreFit(batch.leads, model, leadErrors);
  const engagement = scoreEngagement(
    batch.events,
    leadCount,
    model,
    nowMs,
    sorted?.rows ?? null,
    eventErrors,
  );

  const fitGrade = new Uint8Array(leadCount);
  const engagementBand = new Uint8Array(leadCount);
  const combined = new Uint8Array(leadCount);
  let scoredCount = 0;
  for (let i = 0; i < leadCount; i++) {
    const points = fitPoints[i] ?? Number.NaN;
    const score = engagement[i] ?? Number.NaN;
    if (Number.isNaN(points) || Number.isNaN(score)) {
      // A lead is scored whole or not at all.
      fitPoints[i] = Number.NaN;
      engagement[i] = Number.NaN;
      fitGrade[i] = UNSCORED_LEAD;
      combined[i] = UNSCORED_LEAD;
      continue;
    }
    const grade = fitGradeIndex(points, model);
    const band = engagementBandOf(score, model);
    fitGrade[i] = grade;
    engagementBand[i] = band;
    combined[i] = grade * 3 + band - 1;
    scoredCount++;
  }

  eventErrors.sort((a, b) => a.row - b.row);
  return {
    count: leadCount,
    scoredCount,
    fitPoints,
    fitGrade,
    engagement,
    engagementBand,
    combined,
    rowErrors: [...eventErrors, ...leadErrors],
  };
};

/** Fit points per lead; NaN (with an error) for a lead whose fields cannot be read. */
const scoreFit = (
  leads: LeadBatch["leads"],
  model: ScoringModel,
  leadErrors: LeadBatchRowError[],
): Float64Array => {
  const fitPoints = new Float64Array(leads.length);
  const industry = fieldScorer("industry", model);
  const region = fieldScorer("region", model);
  const country = fieldScorer("country", model);
  const sizeBand = fieldScorer("sizeBand", model);
  const seniority = fieldScorer("seniority", model);
  const department = fieldScorer("department", model);
  for (let i = 0; i < leads.length; i++) {
    const lead = leads[i];
    let points = Number.NaN;
    if (typeof lead === "object" && lead !== null) {
      points =
        industry(lead.industry) +
        region(lead.region) +
        country(lead.country) +
        sizeBand(lead.sizeBand) +
        seniority(lead.seniority) +
        department(lead.department);
    }
    if (Number.isNaN(points)) leadErrors.push(leadRowError(i, lead));
    fitPoints[i] = points;
  }
  return fitPoints;
};

/**
 * Engagement per lead from event rows in lead order (`order`, or the table itself when it is
 * already grouped); NaN (with an error) for a lead with a row that cannot be read.
 */
const scoreEngagement = (
  events: LeadEventColumns,
  leadCount: number,
  model: ScoringModel,
  nowMs: number,
  order: Int32Array | null,
  eventErrors: LeadBatchRowError[],
): Float64Array => {
  const { leadIndex, kind, atMs } = events;
  const { kindIndex, kindPoints, halfLifeMs, capPerKind, capTotal } = model;
  const engagement = new Float64Array(leadCount);
  const rowCount = order === null ? leadIndex.length : order.length;
  const kindCount = kindPoints.length;
  const perKind = new Float64Array(kindCount);
  let p = 0;
  while (p < rowCount) {
    const first = order === null ? p : (order[p] ?? 0);
    const i = leadIndex[first] ?? 0;
    let usable = true;
    let touched = false;
    for (; p < rowCount; p++) {
      const row = order === null ? p : (order[p] ?? 0);
      if (leadIndex[row] !== i) break;
      const k = kind[row];
      const at = atMs[row];
      if (
        typeof k !== "string" ||
        k.length === 0 ||
        typeof at !== "number" ||
        !(at >= -MAX_INSTANT_MS && at <= MAX_INSTANT_MS)
      ) {
        usable = false;
        eventErrors.push({
          code: "invalid_event_row",
          row,
          leadIndex: i,
          path: ["events", row],
          message: `Event row ${row} cannot be counted: ${eventProblem(k, at)}. Lead ${i} is left unscored rather than scored without it.`,
        });
        continue;
      }
      const slot = kindIndex.get(k);
      if (slot === undefined || at > nowMs) continue;
      if (!touched) {
        perKind.fill(0);
        touched = true;
      }
      perKind[slot] =
        (perKind[slot] ?? 0) + decayedPoints(kindPoints[slot] ?? 0, nowMs - at, halfLifeMs);
    }
    if (!usable) {
      engagement[i] = Number.NaN;
      continue;
    }
    if (touched) {
      let uncapped = 0;
      for (let k = 0; k < kindCount; k++) uncapped += Math.min(perKind[k] ?? 0, capPerKind);
      engagement[i] = Math.min(uncapped, capTotal);
    }
  }
  return engagement;
};

/** Says which fields of a refused lead are wrong, in the words of the `FitSubject` schema. */
const leadRowError = (i: number, lead: unknown): LeadBatchRowError => {
  const parsed = FitSubject.safeParse(lead);
  const problems = parsed.success
    ? `The lead at index ${i} is not valid.`
    : invalidInput(parsed.error, `lead at index ${i}`).message;
  return {
    code: "invalid_lead_row",
    row: i,
    leadIndex: i,
    path: ["leads", i],
    message: `${problems} It is left unscored; the other leads are scored.`,
  };
};
