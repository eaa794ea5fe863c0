export * from "./assign";
export * from "./assignmentConfig";
export * from "./rotationState";
export * from "./routableRecord";
export { type ConditionVerdict, explainCondition, matchesCondition } from "./territoryCondition";
export { ASSIGNMENT_SKIP_REASONS, AssignmentSkipReason } from "./userAvailability";
