export * from "./activities";
export * from "./approvals";
export * from "./demo";
export * from "./directory";
export * from "./funnel";
export * from "./insights";
export { type Actor, loadActor } from "./kernel/actor";
export type { CrmContext } from "./kernel/crmContext";
export { CRM_ERROR_CODES, type CrmError, type CrmErrorCode, crmError } from "./kernel/crmError";
export type { CrmEvent, OutboxEvent, RecordKind } from "./kernel/crmEvents";
export { reviveResult, storeResult } from "./kernel/storedResult";
export {
  type ReadScope,
  runRead,
  runWrite,
  type WriteOptions,
  type WriteScope,
} from "./kernel/unitOfWork";
export { type Crm, type CrmOptions, openCrm } from "./openCrm";
export * from "./receivables";
export * from "./records";
export * from "./transfer";
