import type { Config } from "../config/config";
import { ACTIVITY_KINDS } from "../entities/activity";
import type { User } from "../entities/user";
import type { PipelineStage } from "../funnel/pipelineConfig";
import { ok, type Result } from "../result";
import type { InvalidInput } from "../validation";
import { kpiRowError } from "./kpiError";
import type {
  CampaignCost,
  KpiActivity,
  KpiDeal,
  LeadFact,
  RepQuota,
  SalesKpiContext,
} from "./salesKpiData";

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** A KPI period as epoch milliseconds, with the moment pace is measured at. */
export type PeriodMs = {
  readonly startMs: number;
  readonly endMs: number;
  readonly asOfMs: number;
  readonly timeZone: string;
};

/**
 * Everything sales KPIs are computed from, for one period and one group, gathered in one pass
 * over each collection. Sums of money are sums of integers (exact below 2^53).
 */
export type SalesTotals = {
  readonly period: PeriodMs;
  /** Currencies of the amounts that went into this period's money numbers. */
  currencies: string[];
  won: number;
  lost: number;
  wonMinor: number;
  lostMinor: number;
  /** Close − created, in days, of each deal won in the period. */
  cycleDays: number[];
  createdDeals: number;
  createdMinor: number;
  /** Deals open at the end of the period, their amounts and probability-weighted amounts. */
  openDeals: number;
  openMinor: number;
  weightedMinor: number;
  /** Deals still open at the period's end whose stage then is not known (no stage history). */
  stageUnknownAtEnd: number;
  activities: number;
  repActivities: number;
  activeReps: number;
  /** Touches logged on deals won in the period, before they closed. */
  touches: number;
  /** The cohort: leads created in the period, and how many of them reached each stage since. */
  leads: number;
  reachedMql: number;
  reachedSql: number;
  reachedOpportunity: number;
  reachedCustomer: number;
  /** Minutes from the clock start to the first human touch of each touched lead of the cohort. */
  speedMinutes: number[];
  untouchedLeads: number;
  campaignLeads: number;
  campaignWonDeals: number;
  campaignWonMinor: number;
  costMinor: number;
  quotas: number;
  quotaMinor: number;
};

const emptyTotals = (period: PeriodMs): SalesTotals => ({
  period,
  currencies: [],
  won: 0,
  lost: 0,
  wonMinor: 0,
  lostMinor: 0,
  cycleDays: [],
  createdDeals: 0,
  createdMinor: 0,
  openDeals: 0,
  openMinor: 0,
  weightedMinor: 0,
  stageUnknownAtEnd: 0,
  activities: 0,
  repActivities: 0,
  activeReps: 0,
  touches: 0,
  leads: 0,
  reachedMql: 0,
  reachedSql: 0,
  reachedOpportunity: 0,
  reachedCustomer: 0,
  speedMinutes: [],
  untouchedLeads: 0,
  campaignLeads: 0,
  campaignWonDeals: 0,
  campaignWonMinor: 0,
  costMinor: 0,
  quotas: 0,
  quotaMinor: 0,
});

/** A group's key (a rep, team, region, source or campaign id), or `null` for "unattributed". */
export type GroupKey = string | null;

/**
 * Which group each row belongs to. A deal's lead (the lead it came from) and an activity's
 * deal and lead are passed in, so a dimension can follow the links.
 */
export type GroupKeys = {
  /** `undefined`: the row has no place in this breakdown (a cost has no rep) and is skipped. */
  readonly user: (user: User) => GroupKey | undefined;
  readonly lead: (lead: LeadFact) => GroupKey;
  readonly deal: (deal: KpiDeal, lead: LeadFact | undefined) => GroupKey;
  readonly activity: (
    activity: KpiActivity,
    deal: GroupKey | undefined,
    lead: LeadFact | undefined,
  ) => GroupKey;
  readonly quota: (quota: RepQuota) => GroupKey | undefined;
  readonly cost: (cost: CampaignCost) => GroupKey | undefined;
};

/** The rows that arrive in bulk; checked row by row while they are counted. */
export type SalesRows = {
  readonly deals: readonly unknown[];
  readonly activities: readonly unknown[];
  readonly leads: readonly unknown[];
};

const ACTIVITY_KIND_SET: ReadonlySet<string> = new Set(ACTIVITY_KINDS);
const CURRENCY = /^[A-Z]{3}$/;

const isInstant = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());
const isId = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const isNullish = (v: unknown): v is null | undefined => v === null || v === undefined;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const addCurrency = (t: SalesTotals, currency: string): void => {
  if (t.currencies[0] !== currency && !t.currencies.includes(currency)) {
    t.currencies.push(currency);
  }
};

const inMs = (at: number, p: PeriodMs): boolean => at >= p.startMs && at < p.endMs;

type Checked = string | null;

/** Why a money value cannot be read, or null when it can. */
const moneyProblem = (amount: unknown, known: Set<string>): Checked => {
  if (!isObject(amount)) return "must be money: { amountMinor, currency }";
  const minor = amount.amountMinor;
  if (typeof minor !== "number" || !Number.isSafeInteger(minor) || minor < 0)
    return "amountMinor must be a whole number of minor units (cents), 0 or more";
  const currency = amount.currency;
  if (typeof currency !== "string") return "currency must be a three-letter ISO 4217 code";
  if (!known.has(currency)) {
    if (!CURRENCY.test(currency))
      return "currency must be a three-letter ISO 4217 code such as 'EUR'";
    known.add(currency);
  }
  return null;
};

/** Reads the stage a deal was in at `endMs`: its latest stage change before then. */
const stageChangeBefore = (history: readonly { stage: string; at: Date }[], endMs: number) => {
  let latest: string | null = null;
  let latestMs = Number.NEGATIVE_INFINITY;
  for (const change of history) {
    const at = change.at.getTime();
    if (at < endMs && at >= latestMs) {
      latest = change.stage;
      latestMs = at;
    }
  }
  return latest;
};

const dealProblem = (
  d: unknown,
  stages: ReadonlyMap<string, PipelineStage>,
  stageList: string,
  currencies: Set<string>,
): [string, string] | null => {
  if (!isObject(d)) return ["", "must be a deal object"];
  if (!isId(d.id)) return ["id", "must be a non-empty id"];
  if (!isId(d.ownerId)) return ["ownerId", "must be the id of the deal's owner"];
  const stage = typeof d.stage === "string" ? stages.get(d.stage) : undefined;
  if (stage === undefined)
    return ["stage", `unknown pipeline stage '${String(d.stage)}'; use one of ${stageList}`];
  const money = moneyProblem(d.amount, currencies);
  if (money !== null) return ["amount", money];
  if (!isInstant(d.createdAt)) return ["createdAt", "must be a valid date and time"];
  if (isNullish(d.closedAt)) {
    if (stage.outcome !== "open")
      return ["closedAt", `a ${stage.outcome} deal needs the time it closed`];
  } else {
    if (!isInstant(d.closedAt)) return ["closedAt", "must be a valid date and time or null"];
    if (stage.outcome === "open")
      return ["closedAt", "an open deal has no close time; clear it when a deal is reopened"];
    if (d.closedAt.getTime() < d.createdAt.getTime())
      return ["closedAt", "must not be before createdAt"];
  }
  if (!isNullish(d.accountId) && !isId(d.accountId))
    return ["accountId", "must be a non-empty id or null"];
  const history = d.stageHistory;
  if (history !== undefined) {
    if (!Array.isArray(history)) return ["stageHistory", "must be a list of stage changes"];
    for (let i = 0; i < history.length; i++) {
      const change: unknown = history[i];
      if (!isObject(change) || typeof change.stage !== "string" || !stages.has(change.stage))
        return [`stageHistory[${i}].stage`, `must be a pipeline stage, one of ${stageList}`];
      if (!isInstant(change.at)) return [`stageHistory[${i}].at`, "must be a valid date and time"];
    }
  }
  return null;
};

const activityProblem = (a: unknown): [string, string] | null => {
  if (!isObject(a)) return ["", "must be an activity object"];
  if (!isId(a.id)) return ["id", "must be a non-empty id"];
  if (typeof a.kind !== "string" || !ACTIVITY_KIND_SET.has(a.kind))
    return [
      "kind",
      `unknown activity kind '${String(a.kind)}'; use one of ${ACTIVITY_KINDS.join(", ")}`,
    ];
  if (!isId(a.actorId)) return ["actorId", "must be the id of who logged it"];
  if (!isInstant(a.occurredAt)) return ["occurredAt", "must be a valid date and time"];
  for (const link of ["dealId", "leadId", "accountId"] as const) {
    if (!isNullish(a[link]) && !isId(a[link])) return [link, "must be a non-empty id or null"];
  }
  return null;
};

const LEAD_STAGE_TIMES = ["mqlAt", "sqlAt", "opportunityAt", "customerAt", "firstTouchAt"] as const;

const leadProblem = (l: unknown): [string, string] | null => {
  if (!isObject(l)) return ["", "must be a lead object"];
  if (!isId(l.id)) return ["id", "must be a non-empty id"];
  for (const field of ["source", "campaignId", "ownerId", "region", "dealId"] as const) {
    if (!isNullish(l[field]) && !isId(l[field])) return [field, "must be a non-empty text or null"];
  }
  if (!isInstant(l.createdAt)) return ["createdAt", "must be a valid date and time"];
  for (const field of LEAD_STAGE_TIMES) {
    if (!isNullish(l[field]) && !isInstant(l[field]))
      return [field, "must be a valid date and time or null"];
  }
  if (isInstant(l.firstTouchAt) && l.firstTouchAt.getTime() < l.createdAt.getTime())
    return ["firstTouchAt", "must not be before createdAt"];
  return null;
};

const rowError = (collection: string, i: number, problem: [string, string]): InvalidInput =>
  kpiRowError(`${collection}[${i}]${problem[0] ? `.${problem[0]}` : ""}`, problem[1]);

/**
 * Counts every sales number of every period (and group) at once: one pass over users, leads,
 * deals, activities, quotas and costs each, checking every row as it goes; the first row that
 * cannot be read refuses the whole computation, naming it. Groups appear in the order first met.
 */
export const salesTotals = (
  rows: SalesRows,
  context: SalesKpiContext,
  periods: readonly PeriodMs[],
  config: Config,
  keys: GroupKeys | null,
): Result<Map<GroupKey, SalesTotals[]>, InvalidInput> => {
  const groups = new Map<GroupKey, SalesTotals[]>();
  const skipped: SalesTotals[] = [];
  const totalsOf = (key: GroupKey | undefined): SalesTotals[] => {
    if (key === undefined) return skipped;
    let slots = groups.get(key);
    if (slots === undefined) {
      slots = periods.map(emptyTotals);
      groups.set(key, slots);
    }
    return slots;
  };
  const all = keys === null ? totalsOf(null) : null;
  const n = periods.length;
  const { kpi, pipeline } = config;

  const repRoles = new Set<string>(kpi.repRoles);
  for (const user of context.users) {
    if (!user.active || !user.roles.some((r) => repRoles.has(r))) continue;
    const slots = all ?? totalsOf(keys ? keys.user(user) : null);
    for (const t of slots) t.activeReps++;
  }
  const activeReps = new Set(
    context.users.filter((u) => u.active && u.roles.some((r) => repRoles.has(r))).map((u) => u.id),
  );

  // Leads first: a deal's source and campaign come from the lead it was converted from.
  const leadByDeal = new Map<string, LeadFact>();
  const leadById = keys === null ? null : new Map<string, LeadFact>();
  const fromMql = kpi.speedToLeadFrom === "mql";
  for (let i = 0; i < rows.leads.length; i++) {
    const raw = rows.leads[i];
    const problem = leadProblem(raw);
    if (problem !== null) return { ok: false, error: rowError("leads", i, problem) };
    const lead = raw as LeadFact;
    if (lead.dealId && !leadByDeal.has(lead.dealId)) leadByDeal.set(lead.dealId, lead);
    if (leadById !== null && !leadById.has(lead.id)) leadById.set(lead.id, lead);
    const slots = all ?? totalsOf(keys ? keys.lead(lead) : null);
    const createdMs = lead.createdAt.getTime();
    const clockStart = fromMql ? (lead.mqlAt ?? null) : lead.createdAt;
    const clockMs = clockStart === null ? Number.NaN : clockStart.getTime();
    for (let p = 0; p < n; p++) {
      const t = slots[p] as SalesTotals;
      if (inMs(createdMs, t.period)) {
        t.leads++;
        if (lead.customerAt) t.reachedCustomer++;
        if (lead.customerAt || lead.opportunityAt) t.reachedOpportunity++;
        if (lead.customerAt || lead.opportunityAt || lead.sqlAt) t.reachedSql++;
        if (lead.customerAt || lead.opportunityAt || lead.sqlAt || lead.mqlAt) t.reachedMql++;
        if (lead.campaignId) t.campaignLeads++;
      }
      if (inMs(clockMs, t.period)) {
        if (lead.firstTouchAt) {
          const waitMs = Math.max(0, lead.firstTouchAt.getTime() - clockMs);
          t.speedMinutes.push(waitMs / MS_PER_MINUTE);
        } else {
          t.untouchedLeads++;
        }
      }
    }
  }

  const stages = new Map(pipeline.stages.map((s) => [s.id, s]));
  const stageList = pipeline.stages.map((s) => s.id).join(", ");
  const currencies = new Set<string>();
  // Deals won in any of the periods, so the activity pass can count the touches before close.
  const wonDeals = new Map<string, { closedMs: number; slots: (SalesTotals | null)[] }>();
  const dealGroup = keys === null ? null : new Map<string, GroupKey>();
  for (let i = 0; i < rows.deals.length; i++) {
    const raw = rows.deals[i];
    const problem = dealProblem(raw, stages, stageList, currencies);
    if (problem !== null) return { ok: false, error: rowError("deals", i, problem) };
    const deal = raw as KpiDeal;
    const stage = stages.get(deal.stage) as PipelineStage;
    const lead = leadByDeal.get(deal.id);
    let slots: SalesTotals[];
    if (keys === null || dealGroup === null) slots = all as SalesTotals[];
    else {
      const key = keys.deal(deal, lead);
      dealGroup.set(deal.id, key);
      slots = totalsOf(key);
    }
    const amount = deal.amount.amountMinor;
    const currency = deal.amount.currency;
    const createdMs = deal.createdAt.getTime();
    const closedMs = deal.closedAt ? deal.closedAt.getTime() : Number.NaN;
    const fromCampaign = lead?.campaignId ? 1 : 0;
    let wonIn: (SalesTotals | null)[] | null = null;
    for (let p = 0; p < n; p++) {
      const t = slots[p] as SalesTotals;
      const { startMs, endMs } = t.period;
      if (closedMs >= startMs && closedMs < endMs) {
        addCurrency(t, currency);
        if (stage.outcome === "won") {
          t.won++;
          t.wonMinor += amount;
          t.cycleDays.push((closedMs - createdMs) / MS_PER_DAY);
          t.campaignWonDeals += fromCampaign;
          if (fromCampaign) t.campaignWonMinor += amount;
          wonIn ??= new Array<SalesTotals | null>(n).fill(null);
          wonIn[p] = t;
        } else {
          t.lost++;
          t.lostMinor += amount;
        }
      }
      if (createdMs >= startMs && createdMs < endMs) {
        addCurrency(t, currency);
        t.createdDeals++;
        t.createdMinor += amount;
      }
      if (createdMs < endMs && !(closedMs < endMs)) {
        // Open at the period's end: its stage then is its latest change before the end, or
        // (with no such change) its stage now if still open; else it is not known.
        const history = deal.stageHistory;
        const changed =
          history !== undefined && history.length > 0 ? stageChangeBefore(history, endMs) : null;
        const atEnd =
          changed !== null ? stages.get(changed) : stage.outcome === "open" ? stage : undefined;
        if (atEnd === undefined) t.stageUnknownAtEnd++;
        else if (atEnd.outcome === "open") {
          addCurrency(t, currency);
          t.openDeals++;
          t.openMinor += amount;
          t.weightedMinor += percentOfMinor(amount, atEnd.probability);
        }
      }
    }
    if (wonIn !== null) wonDeals.set(deal.id, { closedMs, slots: wonIn });
  }

  const touchKinds = new Set<string>(kpi.touchKinds);
  for (let i = 0; i < rows.activities.length; i++) {
    const raw = rows.activities[i];
    const problem = activityProblem(raw);
    if (problem !== null) return { ok: false, error: rowError("activities", i, problem) };
    const activity = raw as KpiActivity;
    const at = activity.occurredAt.getTime();
    let slots: SalesTotals[];
    if (keys === null) slots = all as SalesTotals[];
    else {
      const dealId = activity.dealId;
      const leadId = activity.leadId;
      const lead = leadId ? leadById?.get(leadId) : dealId ? leadByDeal.get(dealId) : undefined;
      slots = totalsOf(keys.activity(activity, dealId ? dealGroup?.get(dealId) : undefined, lead));
    }
    const byRep = activeReps.has(activity.actorId);
    for (let p = 0; p < n; p++) {
      const t = slots[p] as SalesTotals;
      if (at >= t.period.startMs && at < t.period.endMs) {
        t.activities++;
        if (byRep) t.repActivities++;
      }
    }
    const dealId = activity.dealId;
    if (dealId) {
      const won = wonDeals.get(dealId);
      if (won !== undefined && at < won.closedMs && touchKinds.has(activity.kind)) {
        for (const t of won.slots) if (t !== null) t.touches++;
      }
    }
  }

  for (const quota of context.quotas) {
    const slots = all ?? totalsOf(keys ? keys.quota(quota) : null);
    const qStart = quota.start.getTime();
    const qEnd = quota.end.getTime();
    for (const t of slots) {
      if (qStart >= t.period.startMs && qEnd <= t.period.endMs) {
        addCurrency(t, quota.amount.currency);
        t.quotas++;
        t.quotaMinor += quota.amount.amountMinor;
      }
    }
  }
  for (const cost of context.campaignCosts) {
    const slots = all ?? totalsOf(keys ? keys.cost(cost) : null);
    const at = cost.at.getTime();
    for (const t of slots) {
      if (inMs(at, t.period)) {
        addCurrency(t, cost.cost.currency);
        t.costMinor += cost.cost.amountMinor;
      }
    }
  }
  return ok(groups);
};

/**
 * `amountMinor × percent ÷ 100` rounded half up to a whole minor unit without passing 2^53 on
 * large amounts: the same arithmetic as `weightedAmount`, so pipeline sums match it deal by deal.
 */
export const percentOfMinor = (amountMinor: number, percent: number): number => {
  const hundreds = Math.floor(amountMinor / 100);
  const rest = amountMinor - hundreds * 100;
  return Math.round(hundreds * percent + (rest * percent) / 100);
};
