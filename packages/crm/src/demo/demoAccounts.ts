import type { Account, Contact, LifecycleStage, SizeBand, User } from "@baton/core";
import type { companyMaker, DemoCompany } from "./demoCompanies";
import { demoPerson, emailBook } from "./demoPeople";
import type { DemoStaff } from "./demoTeams";
import { workingTime } from "./demoTime";
import { CN_TITLES, WEST_TITLES } from "./peopleWords";
import type { SeededRandom } from "./seededRandom";

/** An account with what later steps need: its company, contacts, selling rep and current owner. */
export type AccountPlan = {
  readonly account: Account;
  readonly company: DemoCompany;
  readonly contacts: Contact[];
  /** The rep who sells (or sold) to it. */
  readonly rep: User;
  /** Who owns it now: marketing, the rep, or service, by its stage. */
  readonly owner: User;
};

const STAGES: readonly (readonly [LifecycleStage, number])[] = [
  ["lead", 18],
  ["mql", 10],
  ["sql", 15],
  ["opportunity", 25],
  ["customer", 25],
  ["evangelist", 3],
  ["churned", 4],
];

const SIZES: readonly (readonly [SizeBand, number])[] = [
  ["1-10", 8],
  ["11-50", 22],
  ["51-200", 28],
  ["201-1000", 24],
  ["1001-5000", 13],
  ["5001+", 5],
];

const PHONE: Readonly<Record<string, (r: SeededRandom) => string>> = {
  DE: (r) => `+49 ${r.pick(["30", "40", "89", "69", "221"])} ${r.int(1_000_000, 9_999_999)}`,
  GB: (r) => `+44 20 7946 0${r.int(100, 999)}`,
  US: (r) => `+1 ${r.pick(["212", "312", "617", "512", "206"])} 555 01${r.int(10, 99)}`,
  CA: (r) => `+1 ${r.pick(["416", "604"])} 555 01${r.int(10, 99)}`,
  FR: (r) => `+33 1 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
  NL: (r) => `+31 20 ${r.int(100, 999)} ${r.int(1000, 9999)}`,
  CN: (r) => `+86 1${r.pick(["38", "39", "58", "86"])} ${r.int(1000, 9999)} ${r.int(1000, 9999)}`,
};

/** Marketing owns leads and MQLs, the rep SQLs and opportunities, service customers (DOMAIN.md §1). */
const ownerFor = (
  stage: LifecycleStage,
  rep: User,
  random: SeededRandom,
  staff: DemoStaff,
): User =>
  stage === "lead" || stage === "mql"
    ? random.pick(staff.marketing)
    : stage === "sql" || stage === "opportunity"
      ? rep
      : random.pick(staff.service);

/** `count` accounts, 55% in Europe and the Americas and 45% in China, each with 1–4 contacts. */
export const demoAccounts = (
  random: SeededRandom,
  seed: number,
  count: number,
  now: Date,
  staff: DemoStaff,
  companies: ReturnType<typeof companyMaker>,
): AccountPlan[] => {
  const email = emailBook();
  let contactNumber = 0;
  return Array.from({ length: count }, (_, index): AccountPlan => {
    const eastern = random.chance(0.45);
    const company = eastern ? companies.east() : companies.west();
    const rep = random.pick(eastern ? staff.eastReps : staff.westReps);
    const lifecycleStage = random.weighted(STAGES);
    const owner = ownerFor(lifecycleStage, rep, random, staff);
    const createdAt = workingTime(random, now, 720, 100);
    const account: Account = {
      id: `demo-${seed}-account-${index + 1}`,
      name: company.name,
      domain: company.domain,
      industry: company.industry,
      region: company.region,
      country: company.country,
      sizeBand: random.weighted(SIZES),
      parentId: null,
      lifecycleStage,
      ownerId: owner.id,
      ownerQueue: null,
      teamId: owner.teamId,
      previousOwnerIds: owner.id === rep.id ? [] : [rep.id],
      createdAt,
    };
    const contacts = Array.from({ length: random.int(1, 4) }, (): Contact => {
      const chinese = company.locale === "zh-CN";
      const who = demoPerson(random, chinese);
      const [title, seniority, department] = random.pick(chinese ? CN_TITLES : WEST_TITLES);
      const phone = PHONE[company.country];
      return {
        id: `demo-${seed}-contact-${++contactNumber}`,
        accountId: account.id,
        name: who.name,
        email: email(who.emailLocal, company.domain),
        ...(phone && random.chance(0.8) ? { phone: phone(random) } : {}),
        title,
        seniority,
        department,
        lifecycleStage,
        ownerId: owner.id,
        ownerQueue: null,
        previousOwnerIds: account.previousOwnerIds,
        createdAt: new Date(createdAt.getTime() + random.int(0, 30) * 86_400_000),
      };
    });
    return { account, company, contacts, rep, owner };
  });
};
