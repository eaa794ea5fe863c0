import { Assessment } from "@baton/core";
import type { Database } from "@baton/store";
import type { Insertable, Selectable } from "kysely";

type AssessmentRow = Selectable<Database["assessments"]>;

/** An assessment row → core's `Assessment` (a grade from `value_text`, a number from `value_number`). */
export const assessmentFromRow = (row: AssessmentRow): Assessment =>
  Assessment.parse({
    id: row.id,
    recordId: row.record_id,
    kind: row.kind,
    value: row.value_text ?? row.value_number,
    authorId: row.author_id,
    team: row.team,
    at: row.at,
    ...(row.confidence === null ? {} : { confidence: row.confidence }),
    ...(row.note === null ? {} : { note: row.note }),
  });

/** Core's `Assessment` of a record of `recordKind` → its row. */
export const assessmentToRow = (
  assessment: Assessment,
  recordKind: string,
): Insertable<Database["assessments"]> => ({
  id: assessment.id,
  record_kind: recordKind,
  record_id: assessment.recordId,
  kind: assessment.kind,
  value_text: typeof assessment.value === "string" ? assessment.value : null,
  value_number: typeof assessment.value === "number" ? assessment.value : null,
  author_id: assessment.authorId,
  team: assessment.team,
  at: assessment.at,
  confidence: assessment.confidence ?? null,
  note: assessment.note ?? null,
});
