import type { Config, SalesKpiData } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely } from "kysely";
import { loadKpiActivities } from "./kpiActivities";
import { loadKpiDeals } from "./kpiDeals";
import { loadKpiQuotas } from "./kpiQuotas";
import type { KpiPeople, KpiWindow } from "./kpiWindow";
import { loadLeadFacts } from "./leadFacts";
import type { Organisation } from "./organisation";

/**
 * Everything core's sales KPIs read for a window, scoped to the people given: their deals,
 * activities, leads and quotas, the people themselves (who the active reps are) and the
 * teams. Only rows that can change a number in the window are read.
 */
export const loadSalesKpiData = async (
  db: Kysely<Database>,
  window: KpiWindow,
  people: KpiPeople,
  org: Organisation,
  config: Config,
  asOf: Date,
): Promise<SalesKpiData> => {
  // A team with no one in it has nothing to count (and `in ()` is not SQL).
  if (people !== null && people.length === 0)
    return { deals: [], activities: [], leads: [], users: [], teams: [...org.teams], asOf };
  const [deals, activities, leads, quotas] = await Promise.all([
    loadKpiDeals(db, window, people),
    loadKpiActivities(db, window, people, config),
    loadLeadFacts(db, window, people, config),
    loadKpiQuotas(db, window, people),
  ]);
  const inScope = people === null ? null : new Set(people);
  return {
    deals,
    activities,
    leads,
    quotas,
    users: org.users.filter((user) => inScope === null || inScope.has(user.id)),
    teams: [...org.teams],
    asOf,
  };
};
