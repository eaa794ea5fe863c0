import type { Activity, ActivityKind, Deal, Lead, LifecycleStage, User } from "@baton/core";
import { BODIES, CALL_OUTCOMES, NEXT_STEPS, SUBJECTS } from "./activityWords";
import type { AccountPlan } from "./demoAccounts";
import type { DemoStaff } from "./demoTeams";
import { DAY, dateAfter, workingTime } from "./demoTime";
import type { SeededRandom } from "./seededRandom";

/** The columns a task has beyond `Activity`: when it is due, when it was done, which activity it follows. */
export type DemoTask = {
  readonly activityId: string;
  readonly dueAt: Date;
  readonly completedAt: Date | null;
  readonly followsActivityId: string | null;
};

const HOW_MANY: Readonly<Partial<Record<LifecycleStage, readonly [number, number]>>> = {
  lead: [0, 1],
  mql: [1, 2],
  sql: [2, 4],
  opportunity: [3, 8],
  customer: [1, 4],
  evangelist: [1, 3],
  churned: [0, 1],
};

const KINDS = (selling: boolean): readonly (readonly [Exclude<ActivityKind, "task">, number])[] => [
  ["call", 30],
  ["email", 30],
  ["meeting", 15],
  ["demo", selling ? 8 : 0],
  ["note", 12],
];

type Written = { activities: Activity[]; tasks: DemoTask[] };

/**
 * Adds an activity and, when it agreed a next step, the task for it: due a
 * few days later, done (mostly) if that day has passed.
 */
const record = (
  out: Written,
  random: SeededRandom,
  now: Date,
  nextId: () => string,
  activity: Omit<Activity, "id" | "nextStep">,
  locale: "en" | "zh-CN",
) => {
  const id = nextId();
  const agreed = activity.kind !== "note" && random.chance(0.35);
  const nextStep = agreed
    ? {
        text: random.pick(NEXT_STEPS[locale]),
        dueAt: dateAfter(activity.occurredAt, random.int(2, 10)),
      }
    : null;
  out.activities.push({ ...activity, id, nextStep });
  if (!nextStep) return;
  const taskId = nextId();
  out.activities.push({
    id: taskId,
    kind: "task",
    subject: nextStep.text,
    occurredAt: activity.occurredAt,
    actorId: activity.actorId,
    accountId: activity.accountId,
    contactId: activity.contactId,
    leadId: activity.leadId,
    dealId: activity.dealId,
    nextStep: null,
    private: false,
  });
  const done = nextStep.dueAt.getTime() < now.getTime() && random.chance(0.85);
  const doneAt = Math.max(
    activity.occurredAt.getTime(),
    nextStep.dueAt.getTime() - random.int(0, 48) * 3_600_000,
  );
  out.tasks.push({
    activityId: taskId,
    dueAt: nextStep.dueAt,
    completedAt: done ? new Date(Math.min(doneAt, now.getTime())) : null,
    followsActivityId: id,
  });
};

/** The last quarter's calls, emails, meetings, demos and notes on one account, with their tasks. */
export const demoAccountActivities = (
  random: SeededRandom,
  plan: AccountPlan,
  deals: readonly Deal[],
  now: Date,
  nextId: () => string,
  out: Written,
) => {
  const [low, high] = HOW_MANY[plan.account.lifecycleStage] ?? [0, 0];
  const stage = plan.account.lifecycleStage;
  const selling = stage === "sql" || stage === "opportunity";
  const openDeals = deals.filter((d) => d.closedAt === null);
  for (let i = random.int(low, high); i > 0; i--) {
    const kind = random.weighted(KINDS(selling));
    const actor: User = selling || random.chance(0.5) ? plan.rep : plan.owner;
    const locale = actor.locale === "zh-CN" && plan.company.locale === "zh-CN" ? "zh-CN" : "en";
    const contact =
      plan.contacts.length > 0 && random.chance(0.8) ? random.pick(plan.contacts) : null;
    const deal = openDeals.length > 0 && random.chance(0.6) ? random.pick(openDeals) : null;
    const activity: Omit<Activity, "id" | "nextStep"> = {
      kind,
      subject: random.pick(SUBJECTS[locale][kind]),
      occurredAt: workingTime(random, now, 90, 0),
      actorId: actor.id,
      accountId: plan.account.id,
      contactId: contact?.id ?? null,
      leadId: null,
      dealId: deal?.id ?? null,
      private: kind === "note" && random.chance(0.1),
    };
    // Optional fields are left out rather than undefined, as the store reads them back.
    if (kind === "call" || kind === "email")
      activity.direction = random.chance(0.7) ? "outbound" : "inbound";
    if (kind === "call") activity.outcome = random.pick(CALL_OUTCOMES);
    if (random.chance(0.5)) activity.body = random.pick(BODIES[locale]);
    record(out, random, now, nextId, activity, locale);
  }
};

/** Marketing's emails to some leads over the quarter. */
export const demoLeadActivities = (
  random: SeededRandom,
  leads: readonly Lead[],
  staff: DemoStaff,
  now: Date,
  nextId: () => string,
  out: Written,
) => {
  for (const lead of leads) {
    if (!random.chance(0.3)) continue;
    const since = Math.max(0, Math.floor((now.getTime() - lead.createdAt.getTime()) / DAY));
    out.activities.push({
      id: nextId(),
      kind: "email",
      direction: "outbound",
      subject: random.pick([
        "Webinar follow-up",
        "Your whitepaper",
        "Invitation: customer day",
        "Pricing overview",
      ]),
      occurredAt: workingTime(random, now, Math.min(90, since), 0),
      actorId: lead.ownerId ?? random.pick(staff.marketing).id,
      accountId: null,
      contactId: null,
      leadId: lead.id,
      dealId: null,
      nextStep: null,
      private: false,
    });
  }
};
