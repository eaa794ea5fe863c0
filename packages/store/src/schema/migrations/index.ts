import type { Migration } from "kysely";
import * as initial from "./0001_initial";
import * as jobs from "./0002_jobs";
import * as approvalsReceivables from "./0003_approvals_receivables";
import * as insights from "./0004_insights";
import * as chatQuestions from "./0005_chat_questions";
import * as searchIndexes from "./0006_search_indexes";
import * as notifications from "./0007_notifications";
import * as replyPages from "./0008_reply_pages";

/**
 * Every migration, in order. Forward-only: a released migration is never edited;
 * a change is a new file added at the end of this list.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001_initial": initial,
  "0002_jobs": jobs,
  "0003_approvals_receivables": approvalsReceivables,
  "0004_insights": insights,
  "0005_chat_questions": chatQuestions,
  "0006_search_indexes": searchIndexes,
  "0007_notifications": notifications,
  "0008_reply_pages": replyPages,
};
