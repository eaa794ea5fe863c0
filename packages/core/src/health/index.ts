export {
  AccountAmount,
  AccountRollup,
  accountRollup,
  ROLLUP_MEASURES,
  RollupMeasure,
  RollupTotals,
} from "./accountRollup";
export {
  AccountOrphan,
  AccountTree,
  AccountTreeNode,
  accountTree,
  HierarchyAccount,
  type HierarchyAccountInput,
} from "./accountTree";
export {
  DataHealthInput,
  type DataHealthReport,
  type DataHealthSummary,
  dataHealthReport,
  HEALTH_PROBLEMS,
  HealthProblem,
  type HealthProblemCount,
  RecordEdit,
  type RecordHealth,
  type TeamDataHealth,
} from "./dataHealthReport";
export * from "./healthConfig";
export * from "./healthError";
export {
  type HealthRecord,
  type RecordCompleteness,
  recordCompleteness,
} from "./recordCompleteness";
