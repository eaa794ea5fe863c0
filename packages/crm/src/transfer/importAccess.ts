import type { Config, User } from "@baton/core";
import { crmError } from "../kernel/crmError";
import type { ImportKind } from "./importKind";

/**
 * Who may import: an import creates and changes records of every owner, so it
 * needs a role that may change every record (admin by default, or a sales-ops
 * role given write scope "all"); people and teams are the admin's alone.
 * Returns the refusal, or null when the user may import `kind`.
 */
export const importRefusal = (user: User, kind: ImportKind, config: Config) => {
  if (kind === "users" || kind === "teams")
    return user.roles.includes("admin")
      ? null
      : crmError(
          "forbidden",
          `Only an admin can import ${kind}; ask your CRM admin to run this import.`,
        );
  return user.roles.some((role) => config.access.writeScope[role] === "all")
    ? null
    : crmError(
        "forbidden",
        `Importing ${kind} changes records of every owner, which your role may not do; ask your CRM admin to run this import.`,
      );
};
