import type { Account, Activity, Contact, Deal, Lead, Team, User } from "@baton/core";
import type { Insertable } from "kysely";
import type {
  AccountRow,
  ActivityRow,
  ContactRow,
  Database,
  DealRow,
  LeadRow,
  TeamRow,
  UserRow,
} from "../schema/database";

// Row ↔ entity mapping. SQL NULL becomes "left out" for optional core fields and
// `null` for nullable ones, so a record read back equals the record written.

/** Keeps the fields that have a value, so SQL NULL reads as "left out". */
const optionals = <T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]?: Exclude<T[K], null> } => {
  const out: { [K in keyof T]?: Exclude<T[K], null> } = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== null && value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
};

/** @example userFromRow(row).roles // ["rep"] */
export const userFromRow = (row: UserRow): User => ({
  id: row.id,
  name: row.name,
  ...optionals({ email: row.email }),
  roles: row.roles as User["roles"],
  teamId: row.team_id,
  managerId: row.manager_id,
  timeZone: row.time_zone,
  locale: row.locale as User["locale"],
  active: row.active,
  outOfOffice:
    row.out_of_office_start && row.out_of_office_end
      ? { start: row.out_of_office_start, end: row.out_of_office_end }
      : null,
  dailyCap: row.daily_cap,
});

export const userToRow = (user: User, now: Date): Insertable<Database["users"]> => ({
  id: user.id,
  name: user.name,
  email: user.email ?? null,
  roles: [...user.roles],
  team_id: user.teamId,
  manager_id: user.managerId,
  time_zone: user.timeZone,
  locale: user.locale,
  active: user.active,
  out_of_office_start: user.outOfOffice?.start ?? null,
  out_of_office_end: user.outOfOffice?.end ?? null,
  daily_cap: user.dailyCap,
  updated_at: now,
});

export const teamFromRow = (row: TeamRow): Team => ({
  id: row.id,
  name: row.name,
  function: row.function as Team["function"],
  managerId: row.manager_id,
  parentTeamId: row.parent_team_id,
});

export const teamToRow = (team: Team): Insertable<Database["teams"]> => ({
  id: team.id,
  name: team.name,
  function: team.function,
  manager_id: team.managerId,
  parent_team_id: team.parentTeamId,
});

export const accountFromRow = (row: AccountRow): Account => ({
  id: row.id,
  name: row.name,
  ...optionals({
    domain: row.domain,
    industry: row.industry,
    region: row.region,
    country: row.country,
    sizeBand: row.size_band as Account["sizeBand"] | null,
  }),
  parentId: row.parent_id,
  lifecycleStage: row.lifecycle_stage as Account["lifecycleStage"],
  ownerId: row.owner_id,
  ownerQueue: row.owner_queue,
  teamId: row.team_id,
  previousOwnerIds: row.previous_owner_ids,
  createdAt: row.created_at,
});

export const accountToRow = (
  account: Account,
  now: Date,
  externalId: string | null = null,
): Insertable<Database["accounts"]> => ({
  id: account.id,
  name: account.name,
  domain: account.domain ?? null,
  parent_id: account.parentId,
  team_id: account.teamId,
  industry: account.industry ?? null,
  region: account.region ?? null,
  country: account.country ?? null,
  size_band: account.sizeBand ?? null,
  lifecycle_stage: account.lifecycleStage,
  owner_id: account.ownerId,
  owner_queue: account.ownerQueue,
  previous_owner_ids: [...account.previousOwnerIds],
  external_id: externalId,
  created_at: account.createdAt,
  updated_at: now,
});

export const contactFromRow = (row: ContactRow): Contact => ({
  id: row.id,
  accountId: row.account_id,
  name: row.name,
  ...optionals({
    email: row.email,
    phone: row.phone,
    title: row.title,
    seniority: row.seniority as Contact["seniority"] | null,
    department: row.department,
  }),
  lifecycleStage: row.lifecycle_stage as Contact["lifecycleStage"],
  ownerId: row.owner_id,
  ownerQueue: row.owner_queue,
  previousOwnerIds: row.previous_owner_ids,
  createdAt: row.created_at,
});

export const contactToRow = (
  contact: Contact,
  now: Date,
  externalId: string | null = null,
): Insertable<Database["contacts"]> => ({
  id: contact.id,
  account_id: contact.accountId,
  name: contact.name,
  email: contact.email ?? null,
  phone: contact.phone ?? null,
  title: contact.title ?? null,
  seniority: contact.seniority ?? null,
  department: contact.department ?? null,
  lifecycle_stage: contact.lifecycleStage,
  owner_id: contact.ownerId,
  owner_queue: contact.ownerQueue,
  previous_owner_ids: [...contact.previousOwnerIds],
  external_id: externalId,
  created_at: contact.createdAt,
  updated_at: now,
});

export const leadFromRow = (row: LeadRow): Lead => ({
  id: row.id,
  name: row.name,
  ...optionals({
    email: row.email,
    company: row.company,
    title: row.title,
    seniority: row.seniority as Lead["seniority"] | null,
    department: row.department,
    source: row.source,
    campaignId: row.campaign_id,
    industry: row.industry,
    region: row.region,
    country: row.country,
    sizeBand: row.size_band as Lead["sizeBand"] | null,
  }),
  lifecycleStage: row.lifecycle_stage as Lead["lifecycleStage"],
  ownerId: row.owner_id,
  ownerQueue: row.owner_queue,
  previousOwnerIds: row.previous_owner_ids,
  createdAt: row.created_at,
});

export const leadToRow = (
  lead: Lead,
  now: Date,
  externalId: string | null = null,
): Insertable<Database["leads"]> => ({
  id: lead.id,
  name: lead.name,
  email: lead.email ?? null,
  company: lead.company ?? null,
  title: lead.title ?? null,
  seniority: lead.seniority ?? null,
  department: lead.department ?? null,
  source: lead.source ?? null,
  campaign_id: lead.campaignId ?? null,
  industry: lead.industry ?? null,
  region: lead.region ?? null,
  country: lead.country ?? null,
  size_band: lead.sizeBand ?? null,
  lifecycle_stage: lead.lifecycleStage,
  owner_id: lead.ownerId,
  owner_queue: lead.ownerQueue,
  previous_owner_ids: [...lead.previousOwnerIds],
  external_id: externalId,
  created_at: lead.createdAt,
  updated_at: now,
});

/** A deal row with its stage history rows (ordered by time) → the core `Deal`. */
export const dealFromRow = (
  row: DealRow,
  stageHistory: readonly { stage: string; at: Date; by_user_id: string }[] = [],
): Deal => ({
  id: row.id,
  name: row.name,
  accountId: row.account_id,
  ownerId: row.owner_id,
  stage: row.stage,
  amount: { amountMinor: Number(row.amount_minor), currency: row.currency.trim() },
  closeDate: row.close_date,
  createdAt: row.created_at,
  closedAt: row.closed_at,
  contactIds: row.contact_ids,
  stageHistory: stageHistory.map((h) => ({ stage: h.stage, at: h.at, by: h.by_user_id })),
});

export const dealToRow = (
  deal: Deal,
  now: Date,
  externalId: string | null = null,
): Insertable<Database["deals"]> => ({
  id: deal.id,
  name: deal.name,
  account_id: deal.accountId,
  owner_id: deal.ownerId,
  stage: deal.stage,
  amount_minor: deal.amount.amountMinor,
  currency: deal.amount.currency,
  close_date: deal.closeDate,
  closed_at: deal.closedAt,
  lost_reason: null,
  contact_ids: [...deal.contactIds],
  external_id: externalId,
  created_at: deal.createdAt,
  updated_at: now,
});

export const activityFromRow = (row: ActivityRow): Activity => ({
  id: row.id,
  kind: row.kind as Activity["kind"],
  ...optionals({
    direction: row.direction as Activity["direction"] | null,
    outcome: row.outcome,
    subject: row.subject,
    body: row.body,
  }),
  occurredAt: row.occurred_at,
  actorId: row.actor_id,
  accountId: row.account_id,
  contactId: row.contact_id,
  leadId: row.lead_id,
  dealId: row.deal_id,
  nextStep:
    row.next_step_text !== null && row.next_step_due_at !== null
      ? { text: row.next_step_text, dueAt: row.next_step_due_at }
      : null,
  private: row.private,
});

/** The extra task columns (`due_at`, `completed_at`, `follows_activity_id`) are the caller's to set. */
export const activityToRow = (
  activity: Activity,
  externalId: string | null = null,
): Insertable<Database["activities"]> => ({
  id: activity.id,
  kind: activity.kind,
  direction: activity.direction ?? null,
  outcome: activity.outcome ?? null,
  subject: activity.subject ?? null,
  body: activity.body ?? null,
  occurred_at: activity.occurredAt,
  actor_id: activity.actorId,
  account_id: activity.accountId,
  contact_id: activity.contactId,
  lead_id: activity.leadId,
  deal_id: activity.dealId,
  next_step_text: activity.nextStep?.text ?? null,
  next_step_due_at: activity.nextStep?.dueAt ?? null,
  private: activity.private,
  external_id: externalId,
});
