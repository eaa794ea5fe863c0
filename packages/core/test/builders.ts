/**
 * Test-data builders: `aDeal({ stage: "closed_won" })` reads like the domain and
 * gives a valid record with sensible defaults, so a test names only what it is about.
 */
import {
  Account,
  type AccountInput,
  Activity,
  type ActivityInput,
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
