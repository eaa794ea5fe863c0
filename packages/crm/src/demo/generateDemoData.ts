import {
  type Account,
  type Activity,
  type Config,
  type Contact,
  type Deal,
  defaultConfig,
  err,
  type Lead,
  ok,
  parseInput,
  type Result,
  type Team,
  type User,
} from "@baton/core";
import { z } from "zod";
import { type CrmError, crmError } from "../kernel/crmError";
import { demoAccounts } from "./demoAccounts";
import { type DemoTask, demoAccountActivities, demoLeadActivities } from "./demoActivities";
import { companyMaker } from "./demoCompanies";
import { demoDeals } from "./demoDeals";
import { demoLeads } from "./demoLeads";
import { demoStaff } from "./demoTeams";
import { seededRandom } from "./seededRandom";

/** What to generate: the seed (same seed, same company), how many accounts, and the day it is. */
export const DemoOptions = z.strictObject({
  seed: z
    .number()
    .int("must be a whole number")
    .min(0)
    .max(2 ** 32 - 1),
  /** About 200 for a demo; 100,000 for a benchmark. */
  accounts: z.number().int().min(1).max(1_000_000).default(200),
  /** History is made up to this moment: a quarter of activities, pipelines, won and lost deals. */
  now: z.date({ error: "must be a valid date" }),
});
export type DemoOptions = z.input<typeof DemoOptions>;

/** A whole made-up company's CRM, as core entities, ready for `loadDemoData`. */
export type DemoData = {
  readonly seed: number;
  readonly now: Date;
  readonly teams: readonly Team[];
  readonly users: readonly User[];
  readonly accounts: readonly Account[];
  readonly contacts: readonly Contact[];
  readonly leads: readonly Lead[];
  readonly deals: readonly Deal[];
  readonly activities: readonly Activity[];
  /** Due and done dates of the activities that are tasks. */
  readonly tasks: readonly DemoTask[];
};

/**
 * Generates a realistic, deterministic CRM: the same seed and options give
 * the same data, record for record. A company with marketing, two regional
 * sales teams, service, finance and leadership (people in Europe, the US and
 * Shanghai, in English and Chinese); accounts with English and Chinese names
 * ("Northwind Logistics GmbH", "北京星辰科技有限公司", "Shanghai Blue River
 * Trading Co., Ltd."), their contacts, leads from campaigns, deals across the
 * pipeline with stage histories (some won and lost this quarter), and a
 * quarter of calls, emails, meetings, demos, notes and tasks with next steps.
 *
 * @example generateDemoData({ seed: 7, now: new Date("2026-03-31T12:00:00Z") }).value.accounts.length // 200
 */
export const generateDemoData = (
  options: DemoOptions,
  config: Config = defaultConfig(),
): Result<DemoData, CrmError> => {
  const parsed = parseInput(DemoOptions, options, "demo options");
  if (!parsed.ok) return err(crmError("invalid_input", parsed.error.message));
  const { seed, accounts: count, now } = parsed.value;
  const random = seededRandom(seed);
  const staff = demoStaff(random, seed, count);
  const companies = companyMaker(random);
  const plans = demoAccounts(random, seed, count, now, staff, companies);
  const leads = demoLeads(random, seed, Math.ceil(count / 2), now, staff, companies);
  let dealNumber = 0;
  let activityNumber = 0;
  const nextDeal = () => `demo-${seed}-deal-${++dealNumber}`;
  const nextActivity = () => `demo-${seed}-activity-${++activityNumber}`;
  const deals: Deal[] = [];
  const written = { activities: [] as Activity[], tasks: [] as DemoTask[] };
  for (const plan of plans) {
    const own = demoDeals(random, plan, now, config, nextDeal);
    deals.push(...own);
    demoAccountActivities(random, plan, own, now, nextActivity, written);
  }
  demoLeadActivities(random, leads, staff, now, nextActivity, written);
  return ok({
    seed,
    now,
    teams: staff.teams,
    users: staff.users,
    accounts: plans.map((p) => p.account),
    contacts: plans.flatMap((p) => p.contacts),
    leads,
    deals,
    activities: written.activities,
    tasks: written.tasks,
  });
};
