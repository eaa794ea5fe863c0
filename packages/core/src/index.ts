/**
 * @baton/core — Baton's pure CRM domain. No I/O, no clock, no randomness:
 * time and data are always arguments, refusals are values.
 */
export * from "./access";
export * from "./approvals";
export * from "./assessments";
export * from "./assignment";
export * from "./config/config";
export { readConfig } from "./config/readConfig";
export * from "./duplicates";
export * from "./entities";
export * from "./events";
export * from "./funnel";
export * from "./goals";
export * from "./health";
export * from "./kpi";
export * from "./qualification";
export * from "./receivables";
export * from "./result";
export * from "./scoring";
export * from "./segments";
export * from "./sla";
export * from "./validation";
