/**
 * @baton/core — Baton's pure CRM domain. No I/O, no clock, no randomness:
 * time and data are always arguments, refusals are values.
 */

export * from "./access/accessConfig";
export * from "./assignment/assignmentConfig";
export * from "./config/config";
export * from "./entities/account";
export * from "./entities/activity";
export * from "./entities/common";
export * from "./entities/contact";
export * from "./entities/deal";
export * from "./entities/firmographics";
export * from "./entities/lead";
export * from "./entities/lifecycleStage";
export * from "./entities/money";
export * from "./entities/role";
export * from "./entities/team";
export * from "./entities/user";
export * from "./funnel/funnelConfig";
export * from "./funnel/pipelineConfig";
export * from "./qualification/qualificationConfig";
export * from "./result";
export * from "./scoring/scoringConfig";
export * from "./validation";
