import type { Crm } from "@baton/crm";
import { deleteInstallation, findInstallation, saveInstallation } from "@baton/store";
import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";

const keyOf = (q: {
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
  isEnterpriseInstall?: boolean;
}) => ({
  platform: "slack",
  enterpriseId: q.enterpriseId ?? null,
  // An org-wide install serves every workspace of the enterprise: it is kept without a team.
  teamId: q.isEnterpriseInstall ? null : (q.teamId ?? null),
});

/**
 * Bolt's installation store on Baton's database, so every replica sees every
 * workspace that installed the app (OAuth, many workspaces).
 */
export const databaseInstallationStore = (crm: Crm): InstallationStore => {
  const db = crm.context.store.db;
  return {
    storeInstallation: async (installation: Installation) => {
      await saveInstallation(
        db,
        keyOf({
          enterpriseId: installation.enterprise?.id,
          teamId: installation.team?.id,
          isEnterpriseInstall: installation.isEnterpriseInstall === true,
        }),
        installation,
        crm.context.clock(),
      );
    },
    fetchInstallation: async (query: InstallationQuery<boolean>) => {
      const found = await findInstallation(db, keyOf(query));
      if (found === null)
        throw new Error(
          `Baton is not installed in workspace ${query.teamId ?? query.enterpriseId}`,
        );
      return (typeof found === "string" ? JSON.parse(found) : found) as Installation;
    },
    deleteInstallation: async (query: InstallationQuery<boolean>) => {
      await deleteInstallation(db, keyOf(query));
    },
  };
};
