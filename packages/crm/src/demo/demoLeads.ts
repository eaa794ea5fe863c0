import type { Lead, LifecycleStage, SizeBand } from "@baton/core";
import { LEAD_SOURCES } from "./activityWords";
import type { companyMaker } from "./demoCompanies";
import { demoPerson, emailBook } from "./demoPeople";
import type { DemoStaff } from "./demoTeams";
import { workingTime } from "./demoTime";
import { CN_TITLES, WEST_TITLES } from "./peopleWords";
import type { SeededRandom } from "./seededRandom";

const STAGES: readonly (readonly [LifecycleStage, number])[] = [
  ["subscriber", 30],
  ["lead", 45],
  ["mql", 25],
];
const SIZES: readonly SizeBand[] = ["1-10", "11-50", "51-200", "201-1000", "1001-5000"];

/** `count` people marketing is working, from the last four months, from webinars, the website, fairs… */
export const demoLeads = (
  random: SeededRandom,
  seed: number,
  count: number,
  now: Date,
  staff: DemoStaff,
  companies: ReturnType<typeof companyMaker>,
): Lead[] => {
  const email = emailBook();
  const campaigns = Array.from({ length: 6 }, (_, i) => `demo-${seed}-campaign-${i + 1}`);
  return Array.from({ length: count }, (_, index): Lead => {
    const eastern = random.chance(0.4);
    const company = eastern ? companies.east() : companies.west();
    const who = demoPerson(random, company.locale === "zh-CN");
    const [title, seniority, department] = random.pick(
      company.locale === "zh-CN" ? CN_TITLES : WEST_TITLES,
    );
    const queued = random.chance(0.2);
    return {
      id: `demo-${seed}-lead-${index + 1}`,
      name: who.name,
      email: email(who.emailLocal, company.domain),
      company: company.name,
      title,
      seniority,
      department,
      source: random.pick(LEAD_SOURCES),
      campaignId: random.pick(campaigns),
      industry: company.industry,
      region: company.region,
      country: company.country,
      sizeBand: random.pick(SIZES),
      lifecycleStage: random.weighted(STAGES),
      ownerId: queued ? null : random.pick(staff.marketing).id,
      ownerQueue: queued ? "unassigned" : null,
      previousOwnerIds: [],
      createdAt: workingTime(random, now, 120, 0),
    };
  });
};
