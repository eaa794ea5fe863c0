import type { Assessment } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely } from "kysely";
import { assessmentFromRow } from "./assessmentRows";
import type { JudgedKind } from "./judgedRecord";

/**
 * Every judgement recorded on a record, oldest first. The caller has already decided the
 * actor may read the record (whoever may read a record sees all judgements of it), e.g.
 * the account summary; resolve them with core's `resolveAssessment`.
 *
 * @example await storedAssessments(db, "account", "acct-acme") // [{ kind: "customer_grade", value: "B", … }]
 */
export const storedAssessments = async (
  db: Kysely<Database>,
  recordKind: JudgedKind,
  recordId: string,
): Promise<Assessment[]> =>
  (
    await db
      .selectFrom("assessments")
      .selectAll()
      .where("record_kind", "=", recordKind)
      .where("record_id", "=", recordId)
      .orderBy("at")
      .orderBy("id")
      .execute()
  ).map(assessmentFromRow);
