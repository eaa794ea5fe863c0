export * from "./assessment";
export * from "./assessmentsConfig";
export {
  AssessmentEvent,
  AssessmentRecordedEvent,
  RecordAssessmentInput,
  type RecordedAssessmentOutcome,
  recordAssessment,
} from "./recordAssessment";
export {
  type AssessmentResolution,
  type RecordedAssessment,
  resolveAssessment,
} from "./resolveAssessment";
