import { z } from "zod";
import { isOutOfOffice, type User } from "../entities/user";

export const ASSIGNMENT_SKIP_REASONS = [
  "inactive",
  "out_of_office",
  "at_daily_cap",
  "unknown_user",
] as const;
/** Why routing passed over a person a rule names. */
export const AssignmentSkipReason = z.enum(ASSIGNMENT_SKIP_REASONS);
export type AssignmentSkipReason = z.infer<typeof AssignmentSkipReason>;

/** Whether a known user can take a new record now, and if not, why in words. */
export type UserAvailability =
  | { readonly available: true }
  | {
      readonly available: false;
      readonly reason: Exclude<AssignmentSkipReason, "unknown_user">;
      readonly because: string;
    };

/**
 * Decides whether routing may give `user` one more record at `now`: they must be active,
 * not out of office, and below their daily cap given how many records they already got today.
 *
 * @example
 * userAvailability(aUser({ dailyCap: 5 }), 5, T0)
 * // { available: false, reason: "at_daily_cap", because: "already has 5 records today, their daily cap" }
 */
export const userAvailability = (
  user: User,
  assignedToday: number,
  now: Date,
): UserAvailability => {
  if (!user.active) return { available: false, reason: "inactive", because: "is not active" };
  if (user.outOfOffice !== null && isOutOfOffice(user, now)) {
    return {
      available: false,
      reason: "out_of_office",
      because: `is out of office until ${user.outOfOffice.end.toISOString()}`,
    };
  }
  if (user.dailyCap !== null && assignedToday >= user.dailyCap) {
    return {
      available: false,
      reason: "at_daily_cap",
      because: `already has ${assignedToday} records today, their daily cap is ${user.dailyCap}`,
    };
  }
  return { available: true };
};
