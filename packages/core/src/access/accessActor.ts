import { z } from "zod";
import { ROLES } from "../entities/role";
import { User } from "../entities/user";

/** A role named in an access check; the message names the valid roles (even for a value that is not a string). */
const AccessRole = z.enum(ROLES, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `unknown role '${issue.input}'; use one of ${ROLES.join(", ")}`
      : `must be a role: one of ${ROLES.join(", ")}`,
});

/**
 * The fields of the acting user that access depends on, read the way `User`
 * reads them: a user left without `active` or `teamId` is active and in no
 * team, so a plain object from a session or a store row is judged like a
 * parsed `User`, and one without an id or with an unknown role is refused.
 *
 * @example AccessActor.parse({ id: "user-ada", roles: ["rep"] }) // { id: "user-ada", roles: ["rep"], teamId: null, active: true }
 */
export const AccessActor = z.object({
  id: User.shape.id,
  roles: z.array(AccessRole).min(1, "a user needs at least one role"),
  teamId: User.shape.teamId,
  active: User.shape.active,
});
export type AccessActor = z.infer<typeof AccessActor>;
/** What callers may pass as the acting user: a `User`, or any object with at least its id and roles. */
export type AccessActorInput = z.input<typeof AccessActor>;
