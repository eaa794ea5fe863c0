export * from "./acceptLead";
export * from "./disqualifyLead";
export {
  evaluateMql,
  MqlEvaluation,
  MqlInput,
  type MqlInputInput,
  MqlSignal,
} from "./mqlEvaluation";
export * from "./qualificationConfig";
export * from "./qualificationDecision";
export { QUALIFICATION_FROM_STAGES, QUALIFICATION_TARGET_STAGE } from "./qualificationTransitions";
export * from "./qualifyLead";
export * from "./recycleLead";
