import { accountImport } from "./accountImport";
import { activityImport } from "./activityImport";
import { contactImport } from "./contactImport";
import { dealImport } from "./dealImport";
import type { ImportKind } from "./importKind";
import type { ImportSpec } from "./importSpec";
import { teamImport } from "./teamImport";
import { userImport } from "./userImport";

/** How each kind of file is imported. */
// biome-ignore lint/suspicious/noExplicitAny: one list of specs over different entity types
export const IMPORT_SPECS: Readonly<Record<ImportKind, ImportSpec<any>>> = {
  accounts: accountImport,
  contacts: contactImport,
  deals: dealImport,
  activities: activityImport,
  users: userImport,
  teams: teamImport,
};
