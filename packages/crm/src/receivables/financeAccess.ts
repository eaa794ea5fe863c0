import { err, ok, type Result, type Role, type User } from "@baton/core";
import { type CrmError, crmError } from "../kernel/crmError";

/**
 * Who works receivables. Core's access model has no receivable kind, so the
 * rule lives here: finance (and the admin who governs the CRM) records payments;
 * leadership also reads the aging and DSO figures.
 */
export const RECORD_PAYMENT_ROLES: readonly Role[] = ["finance", "admin"];
export const READ_RECEIVABLES_ROLES: readonly Role[] = ["finance", "admin", "leadership"];

/** `forbidden` unless the actor has one of `roles`, saying who to ask. */
export const requireRole = (
  actor: User,
  roles: readonly Role[],
  what: string,
): Result<true, CrmError> =>
  actor.roles.some((role) => roles.includes(role))
    ? ok(true)
    : err(
        crmError("forbidden", `Only ${roles.join(", ")} can ${what}; ask someone in finance.`, {
          allowedRoles: roles,
        }),
      );
