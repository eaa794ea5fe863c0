/**
 * Test-data builders: `aDeal({ stage: "closed_won" })` reads like the domain and
 * gives a valid record with sensible defaults, so a test names only what it is about.
 */
import {
  Account,
  type AccountInput,
  Activity,
  type ActivityInput,
  AssignmentRule,
  Contact,
  type ContactInput,
  Deal,
  type DealInput,
  Lead,
  type LeadInput,
  Team,
  type TeamInput,
  User,
  type UserInput,
} from "../src/index";

export const T0 = new Date("2026-03-02T09:00:00Z"); // a Monday

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

export const aUser = (over: Partial<UserInput> = {}): User =>
  User.parse({
    id: nextId("user"),
    name: "Ada Rep",
    roles: ["rep"],
    teamId: "team-sales",
    ...over,
  });

export const aTeam = (over: Partial<TeamInput> = {}): Team =>
  Team.parse({ id: nextId("team"), name: "Sales EMEA", function: "sales", ...over });

export const anAccount = (over: Partial<AccountInput> = {}): Account =>
  Account.parse({ id: nextId("acct"), name: "Acme GmbH", createdAt: T0, ...over });

export const aContact = (over: Partial<ContactInput> = {}): Contact =>
  Contact.parse({ id: nextId("contact"), name: "Grace Buyer", createdAt: T0, ...over });

export const aLead = (over: Partial<LeadInput> = {}): Lead =>
  Lead.parse({ id: nextId("lead"), name: "Linus Lead", createdAt: T0, ...over });

export const aDeal = (over: Partial<DealInput> = {}): Deal =>
  Deal.parse({
    id: nextId("deal"),
    name: "Acme renewal",
    accountId: "acct-acme",
    ownerId: "user-ada",
    stage: "prospecting",
    amount: { amountMinor: 1_000_000, currency: "EUR" },
    closeDate: new Date("2026-06-30T00:00:00Z"),
    createdAt: T0,
    ...over,
  });

export const anActivity = (over: Partial<ActivityInput> = {}): Activity =>
  Activity.parse({
    id: nextId("act"),
    kind: "call",
    occurredAt: T0,
    actorId: "user-ada",
    accountId: "acct-acme",
    ...over,
  });

/** An assignment rule; defaults to a catch-all that names one user. */
export const anAssignmentRule = (over: Partial<AssignmentRule> = {}): AssignmentRule =>
  AssignmentRule.parse({
    id: nextId("rule"),
    name: "Everyone else",
    target: { type: "user", userId: "user-ada" },
    ...over,
  });

/** An engagement touch for scoring: a webinar at T0 unless told otherwise. */
export const anEngagementEvent = (
  over: Partial<import("../src/index").EngagementEvent> = {},
): import("../src/index").EngagementEvent => ({ kind: "webinar", at: T0, ...over });

/** An account with its purchases for RFM: one purchase of 100.00 at T0 unless told otherwise. */
export const anRfmCustomer = (
  over: Partial<import("../src/index").RfmCustomer> = {},
): import("../src/index").RfmCustomer => ({
  accountId: nextId("acct"),
  purchases: [{ at: T0, amountMinor: 10_000 }],
  ...over,
});

import { Config as CompanyConfig } from "../src/index";

/**
 * A small company for funnel tests: marketing, sales and service teams with a
 * manager each, reps in different time zones, an admin, and hand-off rules that
 * route sales records round-robin to Ada and Bo, service records to Sue and
 * marketing records to Mia. `configOver` replaces top-level config sections.
 */
export const aFunnelCompany = (configOver: Record<string, unknown> = {}) => {
  const person = (id: string, name: string, over: Partial<UserInput>): User =>
    aUser({ id, name, ...over });
  const people = {
    mona: person("user-mona", "Mona Marketing", {
      roles: ["marketing", "manager"],
      teamId: "team-marketing",
      timeZone: "Europe/Berlin",
    }),
    mia: person("user-mia", "Mia Nurture", { roles: ["marketing"], teamId: "team-marketing" }),
    sol: person("user-sol", "Sol Sales", {
      roles: ["manager"],
      teamId: "team-sales",
      timeZone: "America/New_York",
    }),
    ada: person("user-ada", "Ada Rep", { timeZone: "Europe/Berlin" }),
    bo: person("user-bo", "Bo Rep", { timeZone: "Asia/Shanghai" }),
    sam: person("user-sam", "Sam Service", {
      roles: ["service", "manager"],
      teamId: "team-service",
      timeZone: "Europe/London",
    }),
    sue: person("user-sue", "Sue Success", {
      roles: ["service"],
      teamId: "team-service",
      timeZone: "Asia/Shanghai",
    }),
    root: person("user-root", "Root Admin", { roles: ["admin"], teamId: null }),
  };
  const teams = [
    aTeam({
      id: "team-marketing",
      name: "Marketing",
      function: "marketing",
      managerId: "user-mona",
    }),
    aTeam({ id: "team-sales", name: "Sales EMEA", function: "sales", managerId: "user-sol" }),
    aTeam({
      id: "team-service",
      name: "Customer success",
      function: "service",
      managerId: "user-sam",
    }),
  ];
  const config = CompanyConfig.parse({
    assignment: {
      rules: [
        {
          id: "sales-hand-off",
          name: "Sales round-robin",
          forTeam: "sales",
          target: { type: "round_robin", userIds: ["user-ada", "user-bo"] },
        },
        {
          id: "service-hand-off",
          name: "Customer success",
          forTeam: "service",
          target: { type: "user", userId: "user-sue" },
        },
        {
          id: "marketing-nurture",
          name: "Nurture",
          forTeam: "marketing",
          target: { type: "user", userId: "user-mia" },
        },
      ],
    },
    ...configOver,
  });
  return { config, teams, people, users: Object.values(people) };
};

/**
 * Company configurations every public function taking a `Config` must refuse with a typed
 * `invalid_input` error, never a crash: missing, not an object, and bad settings in
 * several sections (hand-built partials are otherwise valid: omitted sections default).
 */
export const someMalformedConfigs = (): readonly unknown[] => [
  undefined,
  null,
  "default",
  [],
  { funnel: { resetRoles: [] } },
  { funnel: { handOffSlaHours: { sales: -1 } } },
  { pipeline: { stages: [] } },
  { qualification: { recycleReasons: "none" } },
  { scoring: { engagement: { halfLifeDays: -1 } } },
];

import fc from "fast-check";

/** Every kind of JavaScript value a caller without types could hand over, odd objects included. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  withDate: true,
  withTypedArray: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withSparseArray: true,
  withBoxedValues: true,
  withNullPrototype: true,
});

/**
 * Either `valid` or any value at all (dates, typed arrays, maps, sets, boxed values,
 * bigints…), for laws such as "a public function never throws, whatever it is handed":
 * mixing in the valid value lets the other arguments' checks be reached too.
 * Null-prototype objects are in too: zod 4.6 can throw on them (a `.min()` check runs after a
 * failed type check), and `parseInput` turns that into `invalid_input`.
 */
export const anythingOr = <T>(valid: T): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constant(valid), anyValue);

/** True when `value` has the shape of a `Result`: ok with a value, or an error with a code and message. */
export const isResultShaped = (value: unknown): boolean => {
  if (typeof value !== "object" || value === null || !("ok" in value)) return false;
  if (value.ok === true) return "value" in value;
  if (value.ok !== false || !("error" in value)) return false;
  const error = value.error;
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    "message" in error &&
    typeof error.message === "string"
  );
};

/**
 * A small company for approval tests: Ada and Bo sell in Sales EMEA under Sol; Vera leads
 * the company (manager of the top team every other team sits under); Lee is legal, Fay
 * finance, Gus a second leader. `approvals` replaces the approval policy section.
 */
export const anApprovalCompany = (approvals: Record<string, unknown> = {}) => {
  const person = (id: string, name: string, over: Partial<UserInput>): User =>
    aUser({ id, name, ...over });
  const people = {
    ada: person("user-ada", "Ada Rep", {}),
    bo: person("user-bo", "Bo Rep", {}),
    sol: person("user-sol", "Sol Sales", { roles: ["manager"] }),
    vera: person("user-vera", "Vera VP", { roles: ["leadership"], teamId: "team-lead" }),
    gus: person("user-gus", "Gus Growth", { roles: ["leadership"], teamId: "team-lead" }),
    lee: person("user-lee", "Lee Legal", { roles: ["legal"], teamId: "team-legal" }),
    fay: person("user-fay", "Fay Finance", { roles: ["finance"], teamId: "team-finance" }),
  };
  const teams = [
    aTeam({ id: "team-lead", name: "Leadership", function: "leadership", managerId: "user-vera" }),
    aTeam({
      id: "team-sales",
      name: "Sales EMEA",
      function: "sales",
      managerId: "user-sol",
      parentTeamId: "team-lead",
    }),
    aTeam({ id: "team-legal", name: "Legal", function: "legal", parentTeamId: "team-lead" }),
    aTeam({ id: "team-finance", name: "Finance", function: "finance", parentTeamId: "team-lead" }),
  ];
  const config = CompanyConfig.parse({ approvals });
  const users = Object.values(people);
  return { config, people, users, teams, directory: { users, teams } };
};

/** Approval terms that need no approval under the default policy, unless told otherwise. */
export const someApprovalTerms = (
  over: Partial<import("../src/index").ApprovalTermsInput> = {},
): import("../src/index").ApprovalTermsInput => ({
  discountPercent: 5,
  contractValue: { amountMinor: 1_000_000, currency: "EUR" },
  paymentTermsDays: 30,
  ...over,
});

/**
 * A contract signed at T0 for €10,000.00, invoiced once at signing, unless told otherwise
 * (no `netDays`: the company's default terms apply).
 */
export const aContract = (
  over: Partial<import("../src/index").ContractInput> = {},
): import("../src/index").ContractInput => ({
  id: nextId("contract"),
  signedAt: T0,
  value: { amountMinor: 1_000_000, currency: "EUR" },
  schedule: { kind: "one_off", invoiceDate: T0 },
  ...over,
});

/**
 * An unpaid receivable of €3,000.00 for Acme, invoiced at T0 and due 30 days later, unless
 * told otherwise; `openMinor` follows from `amount` and `paidMinor` when not given.
 */
export const aReceivable = (
  over: Partial<import("../src/index").ReceivableInput> = {},
): import("../src/index").Receivable => {
  const amount = over.amount ?? { amountMinor: 300_000, currency: "EUR" };
  const paidMinor = over.paidMinor ?? 0;
  return {
    id: nextId("deal-acme/r"),
    dealId: "deal-acme",
    accountId: "acct-acme",
    contractId: "contract-acme",
    instalment: 1,
    instalments: 1,
    invoiceDate: T0,
    dueDate: new Date(T0.getTime() + 30 * 86_400_000),
    ...over,
    amount,
    paidMinor,
    openMinor: over.openMinor ?? amount.amountMinor - paidMinor,
  };
};

/** A sales team's goal of 900 bookings for Q1 2026 in UTC, unless told otherwise. */
export const aGoal = (
  over: Partial<import("../src/index").GoalInput> = {},
): import("../src/index").GoalInput => ({
  id: nextId("goal"),
  teamId: "team-sales",
  year: 2026,
  quarter: "Q1",
  timeZone: "UTC",
  kpi: "bookings",
  target: { kind: "value", value: 900 },
  ...over,
});

/** A customer's subscription for service KPIs: a new account paying 10,000.00 EUR a month since 2025. */
export const aSubscription = (
  over: Partial<import("../src/index").CustomerSubscriptionInput> = {},
): import("../src/index").CustomerSubscriptionInput => ({
  accountId: nextId("customer"),
  startedAt: new Date("2025-01-01T00:00:00Z"),
  mrr: { amountMinor: 1_000_000, currency: "EUR" },
  ...over,
});

/** A service ticket about billing, opened at T0, not yet answered. */
export const aTicket = (
  over: Partial<import("../src/index").SupportTicketInput> = {},
): import("../src/index").SupportTicketInput => ({
  id: nextId("ticket"),
  openedAt: T0,
  topic: "billing",
  ...over,
});

/** A CSAT rating of 5 given at T0. */
export const aRating = (
  over: Partial<import("../src/index").CsatRatingInput> = {},
): import("../src/index").CsatRatingInput => ({ at: T0, score: 5, ...over });

/** 1,000.00 EUR of marketing spend at T0. */
export const aSpend = (
  over: Partial<import("../src/index").AcquisitionSpendInput> = {},
): import("../src/index").AcquisitionSpendInput => ({
  at: T0,
  kind: "marketing",
  amount: { amountMinor: 100_000, currency: "EUR" },
  ...over,
});

/** A lead's funnel facts for KPIs: created at T0, no later stage, no touch, unless told otherwise. */
export const aLeadFact = (
  over: Partial<import("../src/index").LeadFact> = {},
): import("../src/index").LeadFact => ({ id: nextId("lead"), createdAt: T0, ...over });
