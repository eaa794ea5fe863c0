import { z } from "zod";
import { Id, Instant, Locale, TimeZone } from "./common";
import { Role } from "./role";

/** A person who works in Baton. */
export const User = z.object({
  id: Id,
  name: z.string().trim().min(1, "must not be empty"),
  email: z.email("must be an email address").optional(),
  roles: z.array(Role).min(1, "a user needs at least one role"),
  teamId: Id.nullable().default(null),
  managerId: Id.nullable().default(null),
  timeZone: TimeZone.default("UTC"),
  locale: Locale.default("en"),
  active: z.boolean().default(true),
  /** Away from `start` (inclusive) to `end` (exclusive); assignment skips them then. */
  outOfOffice: z.object({ start: Instant, end: Instant }).nullable().default(null),
  /** Most new records a day routing may give them; `null` means no cap. */
  dailyCap: z.number().int().min(0, "must be 0 or more").nullable().default(null),
});
export type User = z.infer<typeof User>;
export type UserInput = z.input<typeof User>;

/** True when `user` is out of office at `at`. */
export const isOutOfOffice = (user: Pick<User, "outOfOffice">, at: Date): boolean =>
  user.outOfOffice !== null &&
  user.outOfOffice.start.getTime() <= at.getTime() &&
  at.getTime() < user.outOfOffice.end.getTime();
