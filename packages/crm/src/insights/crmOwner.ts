import type { Config, User } from "@baton/core";
import { type CrmError, crmError } from "../kernel/crmError";

/**
 * The refusal for someone who is not the CRM owner (a role that may change every record:
 * admin by default, or sales-ops given write scope "all"), or null when they are. Data
 * quality work such as reviewing and merging duplicates is theirs (DOMAIN.md §1).
 */
export const notCrmOwner = (actor: User, config: Config, what: string): CrmError | null =>
  actor.roles.some((role) => config.access.writeScope[role] === "all")
    ? null
    : crmError("forbidden", `Only the CRM admin can ${what}; ask your CRM admin to do it.`);
