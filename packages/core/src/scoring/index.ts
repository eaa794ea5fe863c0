export {
  COMBINED_SCORE_CODES,
  CombinedScore,
  CombinedScoreCode,
  combinedScore,
} from "./combinedScore";
export {
  ENGAGEMENT_BANDS,
  EngagementBand,
  EngagementContribution,
  EngagementEvent,
  EngagementScore,
  engagementScore,
  IGNORED_ENGAGEMENT_REASONS,
  IgnoredEngagementEvent,
  IgnoredEngagementReason,
} from "./engagementScore";
export {
  FitContribution,
  FitScore,
  FitSubject,
  type FitSubjectInput,
  fitScore,
} from "./fitScore";
export {
  RFM_DIMENSIONS,
  RfmCode,
  RfmContribution,
  RfmCustomer,
  type RfmCustomerInput,
  RfmDimension,
  RfmPurchase,
  RfmScore,
  rfmScores,
} from "./rfmScores";
export {
  RFM_QUINTILES,
  RFM_SEGMENT_MAP,
  RFM_SEGMENTS,
  RfmQuintile,
  RfmSegment,
} from "./rfmSegment";
export {
  LeadScore,
  ScorableLead,
  type ScorableLeadInput,
  scoreLead,
} from "./scoreLead";
export {
  LEAD_BATCH_ROW_ERROR_CODES,
  type LeadBatch,
  type LeadBatchRowError,
  LeadBatchRowErrorCode,
  type LeadBatchScores,
  type LeadEventColumns,
  scoreLeadBatch,
  UNSCORED_LEAD,
} from "./scoreLeadBatch";
export * from "./scoringConfig";
export {
  SCORING_ERROR_CODES,
  type ScoringError,
  ScoringErrorCode,
} from "./scoringError";
