export { DEFAULT_DATA_DIR } from "./database/dataFolder";
export { openStore, type Store, type StoreOptions } from "./database/openStore";
export {
  isUnavailable,
  STORE_ERROR_CODES,
  StoreError,
  type StoreErrorCode,
} from "./database/storeError";
export * from "./records";
export type * from "./schema/database";
export { migrateToLatest } from "./schema/migrate";
