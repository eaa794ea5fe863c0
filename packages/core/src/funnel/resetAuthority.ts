import type { User } from "../entities/user";
import { type DomainError, domainError, err, ok, type Result } from "../result";
import type { FunnelConfig } from "./funnelConfig";

export const RESET_ERROR_CODES = ["reset_not_allowed", "reason_required"] as const;
export type ResetErrorCode = (typeof RESET_ERROR_CODES)[number];
export type ResetError = DomainError<ResetErrorCode>;

/**
 * Checks that `by` may make a reset and said why; returns the reason to audit.
 * Shared by lifecycle resets and deal reopening so both follow one rule.
 */
export const checkResetAuthority = (
  by: User,
  reason: string | undefined,
  funnel: Pick<FunnelConfig, "resetRoles">,
  what: string,
): Result<string, ResetError> => {
  if (!by.roles.some((role) => funnel.resetRoles.includes(role))) {
    return err(
      domainError(
        "reset_not_allowed",
        `Only a user with the role ${funnel.resetRoles.join(" or ")} can reset ${what}; ${by.name} (${by.id}) has ${by.roles.join(", ")}. Ask one of them to make the reset.`,
        { details: { userId: by.id, roles: by.roles, resetRoles: funnel.resetRoles } },
      ),
    );
  }
  if (reason === undefined || reason.trim() === "") {
    return err(
      domainError(
        "reason_required",
        `A reset of ${what} needs a reason; say why it goes back so the history explains it.`,
        { path: ["reason"] },
      ),
    );
  }
  return ok(reason.trim());
};
