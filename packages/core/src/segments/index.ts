export {
  SEGMENT_ERROR_CODES,
  SegmentAccount,
  type SegmentAccountInput,
  type SegmentError,
  type SegmentErrorCode,
  type SegmentMember,
  type SegmentMembership,
  SegmentOptions,
  segmentAccounts,
} from "./segmentAccounts";
export {
  SEGMENT_FIELDS,
  SegmentDefinition,
  type SegmentDefinitionInput,
  SegmentDefinitions,
  SegmentField,
  SegmentFilter,
} from "./segmentDefinition";
export * from "./segmentsConfig";
