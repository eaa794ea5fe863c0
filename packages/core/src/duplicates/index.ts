export {
  DUPLICATE_SIGNALS,
  DuplicateCandidate,
  DuplicateCandidates,
  DuplicateReason,
  DuplicateSignal,
  UnreadableValue,
} from "./duplicateCandidate";
export * from "./duplicatesConfig";
export * from "./duplicatesError";
export { AccountToMatch, findDuplicateAccounts } from "./findDuplicateAccounts";
export { ContactToMatch, findDuplicateContacts } from "./findDuplicateContacts";
export { jaroWinkler } from "./jaroWinkler";
export { normalizeCompanyName } from "./normalizeCompanyName";
export { normalizeDomain } from "./normalizeDomain";
export { normalizeEmail } from "./normalizeEmail";
export { normalizePhone, PHONE_PROBLEMS, type PhoneProblem } from "./normalizePhone";
export * from "./planMerge";
