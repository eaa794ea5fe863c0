import {
  type AccessAction,
  type AccessTargetInput,
  accessDecision,
  type Config,
  err,
  ok,
  type Result,
  redactRecord,
  type User,
} from "@baton/core";
import { type CrmError, crmError } from "../kernel/crmError";
import type { CompanyDirectory } from "./companyDirectory";

/**
 * Asks core's access rules whether `actor` may read or change a record, and turns
 * a refusal into a `forbidden` result carrying core's sentence and rule.
 *
 * @example checkAccess("write", rep, { kind: "deal", record: deal }, directory, config)
 */
export const checkAccess = (
  action: AccessAction,
  actor: User,
  target: AccessTargetInput,
  directory: CompanyDirectory,
  config: Config,
): Result<true, CrmError> => {
  const decision = accessDecision(action, actor, target, directory, config);
  return decision.allowed
    ? ok(true)
    : err(crmError("forbidden", decision.reason, { basis: decision.basis }));
};

/**
 * A record as `actor` may see it after a change: redacted to their role's fields,
 * or only its id when the change took it out of their reach (a hand-off to
 * another team's queue, say).
 *
 * @example shownRecord(marketer, "deal", deal, directory, config) // the deal without `amount`
 */
export const shownRecord = <T extends { readonly id: string }>(
  actor: User,
  kind: "account" | "contact" | "lead" | "deal",
  record: T,
  directory: CompanyDirectory,
  config: Config,
): Partial<T> & Pick<T, "id"> =>
  accessDecision("read", actor, { kind, record } as AccessTargetInput, directory, config).allowed
    ? redactRecord(actor, kind, record, config)
    : ({ id: record.id } as Partial<T> & Pick<T, "id">);
