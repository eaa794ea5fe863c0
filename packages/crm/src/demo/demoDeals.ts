import type { Config, Deal, SizeBand, StageChange } from "@baton/core";
import { PRODUCTS } from "./activityWords";
import type { AccountPlan } from "./demoAccounts";
import { DAY, dateAfter, workingTime } from "./demoTime";
import type { SeededRandom } from "./seededRandom";

/** Deal sizes by company size, in major units of EUR/USD (CNY is about seven times as many). */
const AMOUNT_RANGE: Readonly<Record<SizeBand, readonly [number, number]>> = {
  "1-10": [2_000, 10_000],
  "11-50": [5_000, 30_000],
  "51-200": [10_000, 80_000],
  "201-1000": [25_000, 200_000],
  "1001-5000": [50_000, 400_000],
  "5001+": [100_000, 900_000],
};

type Outcome = { stage: string } & ({ open: true } | { open: false; closedAt: Date });

/** Times for `count` stage moves from `start` to `end`, in order. */
const movesBetween = (random: SeededRandom, start: Date, end: Date, count: number): Date[] => {
  const points = Array.from({ length: count }, () => random.next()).sort((a, b) => a - b);
  return points.map(
    (p) => new Date(Math.round(start.getTime() + p * (end.getTime() - start.getTime()))),
  );
};

/**
 * The deals of one account, as its stage makes likely: SQLs have an early
 * deal, opportunities one or two open deals and sometimes a lost one,
 * customers a won deal (some won this quarter) and maybe an expansion. Each
 * deal's stage history walks the pipeline in order from its creation.
 */
export const demoDeals = (
  random: SeededRandom,
  plan: AccountPlan,
  now: Date,
  config: Config,
  nextId: () => string,
): Deal[] => {
  const open = config.pipeline.stages.filter((s) => s.outcome === "open").map((s) => s.id);
  const won = config.pipeline.stages.find((s) => s.outcome === "won")?.id ?? "closed_won";
  const lost = config.pipeline.stages.find((s) => s.outcome === "lost")?.id ?? "closed_lost";
  const openAt = (from: number, to: number): Outcome => ({
    stage: open[random.int(from, Math.min(to, open.length - 1))] ?? open[0] ?? won,
    open: true,
  });
  const closed = (stage: string, fromDaysAgo: number, toDaysAgo: number): Outcome => ({
    stage,
    open: false,
    closedAt: workingTime(random, now, fromDaysAgo, toDaysAgo),
  });

  const outcomes: Outcome[] = [];
  switch (plan.account.lifecycleStage) {
    case "sql":
      if (random.chance(0.6)) outcomes.push(openAt(0, 1));
      if (random.chance(0.1)) outcomes.push(closed(lost, 80, 5));
      break;
    case "opportunity":
      outcomes.push(openAt(0, open.length - 1));
      if (random.chance(0.25)) outcomes.push(openAt(0, open.length - 1));
      if (random.chance(0.2)) outcomes.push(closed(lost, 89, 1));
      break;
    case "customer":
    case "evangelist":
      outcomes.push(random.chance(0.4) ? closed(won, 89, 1) : closed(won, 400, 90));
      if (random.chance(0.3)) outcomes.push(openAt(1, open.length - 1));
      break;
    case "churned":
      outcomes.push(closed(won, 700, 400));
      break;
    default:
      break;
  }

  const [low, high] = AMOUNT_RANGE[plan.account.sizeBand ?? "51-200"];
  const scale = plan.company.currency === "CNY" ? 7 : 1;
  const products = PRODUCTS[plan.company.locale];
  return outcomes.map((outcome): Deal => {
    const end = outcome.open ? new Date(now.getTime() - DAY) : outcome.closedAt;
    const createdAt = new Date(end.getTime() - random.int(10, 120) * DAY);
    const reached = outcome.open
      ? open.indexOf(outcome.stage) + 1
      : outcome.stage === won
        ? open.length
        : random.int(1, open.length);
    const path = [...open.slice(0, reached), ...(outcome.open ? [] : [outcome.stage])];
    const times = [createdAt, ...movesBetween(random, createdAt, end, path.length - 1)];
    if (!outcome.open) times[times.length - 1] = outcome.closedAt;
    const stageHistory: StageChange[] = path.map((stage, i) => ({
      stage,
      at: times[i] ?? createdAt,
      by: plan.rep.id,
    }));
    const amountMajor = Math.round((random.int(low, high) * scale) / 100) * 100;
    const contacts = plan.contacts.filter(() => random.chance(0.5));
    const product = random.pick(products);
    return {
      id: nextId(),
      name:
        plan.company.locale === "zh-CN"
          ? `${plan.company.short}${product}`
          : `${plan.company.short} – ${product}`,
      accountId: plan.account.id,
      ownerId: plan.rep.id,
      stage: outcome.stage,
      amount: { amountMinor: amountMajor * 100, currency: plan.company.currency },
      closeDate: outcome.open ? dateAfter(now, random.int(7, 120)) : outcome.closedAt,
      createdAt,
      closedAt: outcome.open ? null : outcome.closedAt,
      contactIds: (contacts.length > 0 ? contacts : plan.contacts.slice(0, 1)).map((c) => c.id),
      stageHistory,
    };
  });
};
