import type { Assessment, User } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely } from "kysely";
import { storedAssessments } from "../insights/storedAssessments";

/**
 * The judgements (customer grade, intent to buy...) recorded on an account,
 * for its summary. The seam between the summary and the assessments area
 * (insights, migration 0004): whoever may read a record sees every judgement
 * of it, so this only reads them; the caller has already checked the account
 * is readable. A per-role rule for assessments would go here.
 *
 * @example await visibleAssessments(db, actor, accountId) // [{ kind: "customer_grade", value: "B", team: "service", … }]
 */
export const visibleAssessments = async (
  db: Kysely<Database>,
  _actor: User,
  accountId: string,
): Promise<Assessment[]> => storedAssessments(db, "account", accountId);
