import { z } from "zod";
import { AssignInput } from "../assignment/assign";
import type { RotationState } from "../assignment/rotationState";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Account } from "../entities/account";
import { Instant } from "../entities/common";
import { Contact } from "../entities/contact";
import { Deal } from "../entities/deal";
import type { LifecycleStage } from "../entities/lifecycleStage";
import { Team, type TeamInput } from "../entities/team";
import { User, type UserInput } from "../entities/user";
import { type DomainError, domainError, err, ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import { checkDealTimeline, withDealStage } from "./dealMove";
import { type DealClosedWonEvent, dealEventRef, type FunnelEvent } from "./events";
import { type HandOffError, type HandOffPlan, planHandOff } from "./handOff";
import {
  type LifecycleAuditEntry,
  type LifecycleMove,
  type LifecycleMoveError,
  moveLifecycleStage,
} from "./lifecycleMove";
import { findOpenDealStage } from "./pipelineStage";

/** A won deal with everything that follows from it: who bought, and who serves them now. */
export type CloseDealWonInput = {
  readonly deal: Deal;
  readonly account: Account;
  /** Every contact on the deal (`deal.contactIds`), no more and no fewer. */
  readonly contacts: readonly Contact[];
  readonly by: User;
  readonly at: Date;
  /** For the hand-off of the account to service; read as the `User` schema reads them. */
  readonly users: readonly UserInput[];
  readonly teams: readonly TeamInput[];
  readonly assignedToday: Readonly<Record<string, number>>;
  readonly rotation: RotationState;
};

/** What to store after a win: the records, their audit lines, the events and the routing state. */
export type ClosedWonDeal = {
  readonly deal: Deal;
  readonly account: Account;
  readonly contacts: readonly Contact[];
  /** One line per record whose stage changed: the account first, then contacts in deal order. */
  readonly audit: readonly LifecycleAuditEntry[];
  /** `null` when the account already sat with the team that owns customers. */
  readonly handOff: HandOffPlan<Account> | null;
  readonly events: readonly FunnelEvent[];
  readonly rotation: RotationState;
  readonly assignedToday: Readonly<Record<string, number>>;
};

export const CLOSE_DEAL_WON_ERROR_CODES = [
  "unknown_stage",
  "deal_closed",
  "account_mismatch",
  "missing_contacts",
  "contact_not_on_deal",
  "out_of_order",
] as const;
export type CloseDealWonErrorCode = (typeof CLOSE_DEAL_WON_ERROR_CODES)[number];
export type CloseDealWonError =
  | DomainError<CloseDealWonErrorCode>
  | LifecycleMoveError
  | HandOffError
  | InvalidInput;

const CloseRequest = z.object({
  deal: Deal,
  account: Account,
  contacts: z.array(Contact),
  by: User,
  at: Instant,
  // Checked even when no hand-off follows, so bad routing input is refused, not passed back.
  users: z.array(User),
  teams: z.array(Team),
  assignedToday: AssignInput.shape.assignedToday,
  rotation: AssignInput.shape.rotation,
});

/** Stages a won deal leaves as they are: the record is already a customer, or more. */
const ALREADY_CUSTOMER: readonly LifecycleStage[] = ["customer", "evangelist"];

/**
 * Closes a deal as won and carries the consequences through in one plan: the
 * deal in the won stage with `closedAt`, the account and every contact on the
 * deal moved to `customer` (audited; records already customer or evangelist
 * stay), and the account handed to the team owning customers (service by
 * default) with its SLA. Contacts keep their owners: the account is the unit
 * of the hand-off.
 *
 * @example
 * closeDealWon({ deal, account, contacts, by: ada, at, users, teams, assignedToday: {},
 *                rotation: emptyRotationState() }, config)
 * // ok({ deal: { …deal, stage: "closed_won", closedAt: at }, account: { …account, lifecycleStage: "customer", ownerId: "user-sam" },
 * //      events: [deal_closed_won, stage_changed, handed_off, stage_changed …], … })
 */
export const closeDealWon = (
  input: CloseDealWonInput,
  config: Config,
): Result<ClosedWonDeal, CloseDealWonError> => {
  const parsed = parseInput(CloseRequest, input, "won deal");
  if (!parsed.ok) return parsed;
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  const { pipeline } = checked.value;
  const { deal, account, contacts, by, at, users, teams } = parsed.value;

  const from = findOpenDealStage(deal, pipeline, "reopen it with a reset before closing it again");
  if (!from.ok) return from;
  if (account.id !== deal.accountId) {
    return err(
      domainError(
        "account_mismatch",
        `The deal '${deal.name}' belongs to account '${deal.accountId}', not '${account.id}'; pass the deal's own account.`,
        { path: ["account", "id"] },
      ),
    );
  }
  const given = new Set(contacts.map((c) => c.id));
  const missing = deal.contactIds.filter((id) => !given.has(id));
  if (missing.length > 0) {
    return err(
      domainError(
        "missing_contacts",
        `Every contact on the deal '${deal.name}' becomes a customer, but ${missing.join(", ")} ${missing.length === 1 ? "was" : "were"} not passed; pass all of its contacts.`,
        { path: ["contacts"], details: { missing } },
      ),
    );
  }
  const strangers = contacts.filter((c) => !deal.contactIds.includes(c.id)).map((c) => c.id);
  if (strangers.length > 0) {
    return err(
      domainError(
        "contact_not_on_deal",
        `${strangers.join(", ")} ${strangers.length === 1 ? "is" : "are"} not on the deal '${deal.name}'; attach them first or leave them out.`,
        { path: ["contacts"], details: { strangers } },
      ),
    );
  }
  const timeline = checkDealTimeline(deal, at);
  if (!timeline.ok) return timeline;
  const wonStage = pipeline.stages.find((s) => s.outcome === "won");
  if (wonStage === undefined) {
    // PipelineConfig insists on one won stage; this guards a config built around it.
    return err(
      domainError("unknown_stage", "The pipeline has no won stage; add one to the configuration.", {
        path: ["pipeline", "stages"],
      }),
    );
  }

  const wonDeal = withDealStage(deal, wonStage, by.id, at);
  const won: DealClosedWonEvent = {
    type: "deal_closed_won",
    at,
    by: by.id,
    deal: dealEventRef(wonDeal),
    from: from.value.id,
    to: wonStage.id,
    contactIds: [...wonDeal.contactIds],
  };
  const events: FunnelEvent[] = [won];
  const audit: LifecycleAuditEntry[] = [];

  let finalAccount = account;
  let handOff: HandOffPlan<Account> | null = null;
  let rotation = parsed.value.rotation;
  let assignedToday: Readonly<Record<string, number>> = parsed.value.assignedToday;
  if (!ALREADY_CUSTOMER.includes(account.lifecycleStage)) {
    const moved: Result<LifecycleMove<Account>, LifecycleMoveError> = moveLifecycleStage(
      { kind: "account", record: account, to: "customer", by, at },
      config,
    );
    if (!moved.ok) return moved;
    audit.push(moved.value.audit);
    events.push(moved.value.event);
    finalAccount = moved.value.record;
    if (moved.value.crossesTeamBoundary) {
      const planned = planHandOff(
        {
          kind: "account",
          record: finalAccount,
          from: account.lifecycleStage,
          to: "customer",
          by,
          at,
          users,
          teams,
          assignedToday,
          rotation,
        },
        config,
      );
      if (!planned.ok) return planned;
      handOff = planned.value;
      finalAccount = planned.value.record;
      rotation = planned.value.rotation;
      assignedToday = planned.value.assignedToday;
      events.push(planned.value.event);
    }
  }

  const byId = new Map(contacts.map((c) => [c.id, c]));
  const onDeal = [...new Set(deal.contactIds)].flatMap((id) => byId.get(id) ?? []);
  const finalContacts: Contact[] = [];
  for (const contact of onDeal) {
    if (ALREADY_CUSTOMER.includes(contact.lifecycleStage)) {
      finalContacts.push(contact);
      continue;
    }
    const moved = moveLifecycleStage(
      { kind: "contact", record: contact, to: "customer", by, at },
      config,
    );
    if (!moved.ok) return moved;
    audit.push(moved.value.audit);
    events.push(moved.value.event);
    finalContacts.push(moved.value.record);
  }

  return ok({
    deal: wonDeal,
    account: finalAccount,
    contacts: finalContacts,
    audit,
    handOff,
    events,
    rotation,
    assignedToday,
  });
};
