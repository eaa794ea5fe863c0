import { type Config, FUNNEL_STAGES, type LeadFact } from "@baton/core";
import type { Database } from "@baton/store";
import { type Kysely, sql } from "kysely";
import type { KpiPeople, KpiWindow } from "./kpiWindow";

/** The stages whose reaching the funnel KPIs time, and the funnel stages at or past each. */
const MILESTONES = ["mql", "sql", "opportunity", "customer"] as const;
type Milestone = (typeof MILESTONES)[number];
const atOrPast = (stage: Milestone): string[] => FUNNEL_STAGES.slice(FUNNEL_STAGES.indexOf(stage));

/** How history rows name a lead's lifecycle stage (the entity field, or the column). */
const STAGE_FIELDS = ["lifecycleStage", "lifecycle_stage"];

const reachedAt = (stage: Milestone) =>
  sql<Date | null>`min(stage_change.at) filter (where stage_change.new_value #>> '{}' in (${sql.join(atOrPast(stage))}))`;

const nonEmpty = (text: string | null): string | null =>
  text === null || text.trim() === "" ? null : text;

/**
 * What the store knows of each lead's way through the funnel, as KPIs read it: when it
 * first reached MQL, SQL, opportunity and customer (from the change history; a lead whose
 * stage says it got there without a history row is taken to have got there by its last
 * update), and its first human touch (the earliest activity of a `kpi.touchKinds` kind
 * on it, private notes excluded). Loaded in one query for the leads owned in scope and
 * created before the window ends (created in it, unless the speed-to-lead clock starts
 * at MQL, which an older lead can reach in the window).
 */
export const loadLeadFacts = async (
  db: Kysely<Database>,
  window: KpiWindow,
  owners: KpiPeople,
  config: Config,
): Promise<LeadFact[]> => {
  let query = db
    .selectFrom("leads as l")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("history as stage_change")
          .select([
            reachedAt("mql").as("mql_at"),
            reachedAt("sql").as("sql_at"),
            reachedAt("opportunity").as("opportunity_at"),
            reachedAt("customer").as("customer_at"),
          ])
          .whereRef("stage_change.entity_id", "=", "l.id")
          .where("stage_change.entity_type", "=", "lead")
          .where("stage_change.field", "in", STAGE_FIELDS)
          .as("stages"),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("activities as touch")
          .select((t) => t.fn.min("touch.occurred_at").as("first_touch_at"))
          .whereRef("touch.lead_id", "=", "l.id")
          .whereRef("touch.occurred_at", ">=", "l.created_at")
          .where("touch.private", "=", false)
          .where("touch.kind", "in", config.kpi.touchKinds)
          .as("touches"),
      (join) => join.onTrue(),
    )
    .select([
      "l.id",
      "l.source",
      "l.campaign_id",
      "l.owner_id",
      "l.region",
      "l.created_at",
      "l.updated_at",
      "l.lifecycle_stage",
      "stages.mql_at",
      "stages.sql_at",
      "stages.opportunity_at",
      "stages.customer_at",
      "touches.first_touch_at",
    ])
    .where("l.created_at", "<", window.end);
  if (config.kpi.speedToLeadFrom === "created")
    query = query.where("l.created_at", ">=", window.start);
  if (owners !== null) query = query.where("l.owner_id", "in", owners);
  const rows = await query.orderBy("l.id").execute();
  return rows.map((row) => {
    const rank = (FUNNEL_STAGES as readonly string[]).indexOf(row.lifecycle_stage);
    const reached = (stage: Milestone, fromHistory: Date | null): Date | null =>
      fromHistory ?? (rank >= FUNNEL_STAGES.indexOf(stage) ? row.updated_at : null);
    return {
      id: row.id,
      source: nonEmpty(row.source),
      campaignId: nonEmpty(row.campaign_id),
      ownerId: row.owner_id,
      region: nonEmpty(row.region),
      createdAt: row.created_at,
      mqlAt: reached("mql", row.mql_at),
      sqlAt: reached("sql", row.sql_at),
      opportunityAt: reached("opportunity", row.opportunity_at),
      customerAt: reached("customer", row.customer_at),
      firstTouchAt: row.first_touch_at,
      // The store keeps no lead → deal link yet, so campaign revenue is not attributed.
      dealId: null,
    };
  });
};
