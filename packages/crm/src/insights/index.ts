import type { CrmContext } from "../kernel/crmContext";
import { assessmentsOf } from "./assessmentsOf";
import { dataHealthReport } from "./dataHealthReport";
import { duplicateReview } from "./duplicateReview";
import { goalProgress } from "./goalProgress";
import { kpiSnapshot } from "./kpiSnapshot";
import { mergeRecords } from "./mergeRecords";
import { pipelineSummary } from "./pipelineSummary";
import { recordAssessment } from "./recordAssessment";
import { setGoal } from "./setGoal";
import { setQuota } from "./setQuota";

export {
  type AccountAssessments,
  AssessmentsOfInput,
  type RecordAssessments,
} from "./assessmentsOf";
export { DataHealthReportInput } from "./dataHealthReport";
export {
  DUPLICATE_KINDS,
  DuplicateKind,
  type DuplicateRecord,
  type DuplicateReview,
  DuplicateReviewInput,
} from "./duplicateReview";
export { goalKpiDefaults } from "./goalKpiDefaults";
export {
  GoalPeriodInput,
  type GoalProgress,
  GoalProgressInput,
  type GoalProgressReport,
} from "./goalProgress";
export type { SalesGoal } from "./goalRows";
export { JUDGED_KINDS, JudgedKind } from "./judgedRecord";
export { KPI_SCOPES, KpiScope } from "./kpiScope";
export { KpiSnapshotInput, type KpiSnapshotReport } from "./kpiSnapshot";
export { type MergeOutcome, MergeRecordsInput } from "./mergeRecords";
export {
  type PipelineStageTotal,
  type PipelineSummary,
  PipelineSummaryInput,
} from "./pipelineSummary";
export type { YearQuarter } from "./quarters";
export {
  type AssessmentRecorded,
  RecordAssessmentRequest,
} from "./recordAssessment";
export type { RepointCounts } from "./repointReferences";
export {
  NAMED_PERIODS,
  type NamedPeriod,
  ReportPeriodInput,
  type ReportPeriods,
  resolveReportPeriod,
  type ZonedPeriod,
} from "./reportPeriod";
export { type GoalSet, SetGoalInput } from "./setGoal";
export { SetQuotaInput } from "./setQuota";
export { storedAssessments } from "./storedAssessments";

/**
 * The insights use cases, bound to a context: KPIs and goals from stored data, data
 * health, duplicate review and merge, and assessments.
 */
export const insightsUseCases = (ctx: CrmContext) => ({
  kpiSnapshot: kpiSnapshot(ctx),
  pipelineSummary: pipelineSummary(ctx),
  goalProgress: goalProgress(ctx),
  setGoal: setGoal(ctx),
  setQuota: setQuota(ctx),
  dataHealthReport: dataHealthReport(ctx),
  duplicateReview: duplicateReview(ctx),
  mergeRecords: mergeRecords(ctx),
  recordAssessment: recordAssessment(ctx),
  assessmentsOf: assessmentsOf(ctx),
});
export type InsightsUseCases = ReturnType<typeof insightsUseCases>;
