export {
  ATTACH_CONTACT_ERROR_CODES,
  type AttachContactError,
  type AttachContactErrorCode,
  type AttachContactInput,
  attachContactToDeal,
  type ContactAttachment,
} from "./attachContactToDeal";
export {
  CLOSE_DEAL_LOST_ERROR_CODES,
  type CloseDealLostError,
  type CloseDealLostErrorCode,
  type CloseDealLostInput,
  type ClosedLostDeal,
  closeDealLost,
} from "./closeDealLost";
export {
  CLOSE_DEAL_WON_ERROR_CODES,
  type CloseDealWonError,
  type CloseDealWonErrorCode,
  type CloseDealWonInput,
  type ClosedWonDeal,
  closeDealWon,
} from "./closeDealWon";
export {
  DEAL_MOVE_ERROR_CODES,
  type DealMove,
  type DealMoveError,
  type DealMoveErrorCode,
  type DealMoveOptions,
  moveDeal,
} from "./dealMove";
export {
  DealClosedLostEvent,
  DealClosedWonEvent,
  DealContactAttachedEvent,
  DealEventRef,
  DealReopenedEvent,
  DealStageChangedEvent,
  FUNNEL_EVENT_TYPES,
  FunnelEvent,
  type FunnelEventType,
  HandedOffEvent,
  OwnerReassignedEvent,
  REASSIGNMENT_REASONS,
  ReassignmentReason,
  StageChangedEvent,
  StageResetEvent,
} from "./events";
export * from "./funnelConfig";
export * from "./funnelRecord";
export {
  HAND_OFF_ERROR_CODES,
  type HandOffError,
  type HandOffErrorCode,
  type HandOffInput,
  type HandOffPlan,
  type HandOffRecord,
  planHandOff,
} from "./handOff";
export {
  LIFECYCLE_MOVE_ERROR_CODES,
  LifecycleAuditEntry,
  type LifecycleMove,
  type LifecycleMoveError,
  type LifecycleMoveErrorCode,
  type LifecycleMoveInput,
  type LifecycleMoveRecord,
  moveLifecycleStage,
} from "./lifecycleMove";
export * from "./pipelineConfig";
export {
  forecastCategory,
  PIPELINE_STAGE_ERROR_CODES,
  type PipelineStageError,
  type PipelineStageErrorCode,
  pipelineStage,
} from "./pipelineStage";
export {
  planReassignment,
  REASSIGNMENT_KEEP_REASONS,
  ReassignableRecord,
  type ReassignmentError,
  type ReassignmentInput,
  type ReassignmentKeepReason,
  type ReassignmentMove,
  type ReassignmentPlan,
} from "./reassignment";
export { RESET_ERROR_CODES, type ResetError, type ResetErrorCode } from "./resetAuthority";
export {
  LIFECYCLE_MOVE_KINDS,
  LIFECYCLE_MOVES_WITHOUT_RESET,
  LifecycleMoveKind,
  type LifecycleStageGroup,
  lifecycleMoveKind,
} from "./stageOrder";
export { owningTeam, type TeamBoundary } from "./stageOwnership";
export { weightedAmount } from "./weightedAmount";
