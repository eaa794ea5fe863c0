import type { Config, Result, User } from "@baton/core";
import { ok } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely } from "kysely";
import { type CompanyDirectory, loadDirectory } from "../funnel/companyDirectory";
import type { CrmError } from "../kernel/crmError";
import { accessRules, type ReadFilter, readFilterFor } from "./readFilter";
import { SEARCH_KINDS, type SearchKind } from "./searchKinds";

/** Who is searching, as search needs it: the organisation and the actor's read filter per kind. */
export type SearchScope = {
  readonly db: Kysely<Database>;
  readonly actor: User;
  readonly config: Config;
  readonly directory: CompanyDirectory;
  readonly filters: Readonly<Record<SearchKind, ReadFilter>>;
};

/**
 * Loads the organisation and works out what `actor` may read of each kind, once
 * per use case call, so every query of a search or a name resolution shares it.
 *
 * @example const scope = await searchScope(r.db, r.actor, ctx.config)
 */
export const searchScope = async (
  db: Kysely<Database>,
  actor: User,
  config: Config,
): Promise<Result<SearchScope, CrmError>> => {
  const access = accessRules(config);
  if (!access.ok) return access;
  const directory = await loadDirectory(db);
  const filters = Object.fromEntries(
    SEARCH_KINDS.map((kind) => [kind, readFilterFor(actor, kind, directory, access.value)]),
  ) as Record<SearchKind, ReadFilter>;
  return ok({ db, actor, config, directory, filters });
};
