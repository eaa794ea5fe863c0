export * from "./chat";
export { DEFAULT_DATA_DIR } from "./database/dataFolder";
export { openStore, type Store, type StoreOptions } from "./database/openStore";
export {
  isUnavailable,
  STORE_ERROR_CODES,
  StoreError,
  type StoreErrorCode,
} from "./database/storeError";
export * from "./jobs";
export * from "./records";
export type * from "./schema/database";
export { JOB_STATES, type JobState } from "./schema/jobsTables";
export { migrateToLatest } from "./schema/migrate";
