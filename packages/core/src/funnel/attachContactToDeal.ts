import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Instant } from "../entities/common";
import { Contact } from "../entities/contact";
import { Deal } from "../entities/deal";
import { User } from "../entities/user";
import { type DomainError, domainError, err, ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import {
  type DealContactAttachedEvent,
  dealEventRef,
  type StageChangedEvent,
  type StageResetEvent,
} from "./events";
import { type LifecycleMove, type LifecycleMoveError, moveLifecycleStage } from "./lifecycleMove";
import { findOpenDealStage } from "./pipelineStage";
import { classifyLifecycleMove } from "./stageOrder";

/** A contact joining an open deal's buying group. */
export type AttachContactInput = {
  readonly deal: Deal;
  readonly contact: Contact;
  readonly by: User;
  readonly at: Date;
};

/** The deal and contact to store, the contact's stage move if it made one, and the events. */
export type ContactAttachment = {
  readonly deal: Deal;
  readonly contact: Contact;
  /** `null` when the contact was already an opportunity, a customer or beyond. */
  readonly stageMove: LifecycleMove<Contact> | null;
  readonly events: readonly (DealContactAttachedEvent | StageChangedEvent | StageResetEvent)[];
};

export const ATTACH_CONTACT_ERROR_CODES = [
  "unknown_stage",
  "deal_closed",
  "contact_already_attached",
  "contact_disqualified",
] as const;
export type AttachContactErrorCode = (typeof ATTACH_CONTACT_ERROR_CODES)[number];
export type AttachContactError =
  | DomainError<AttachContactErrorCode>
  | LifecycleMoveError
  | InvalidInput;

const AttachRequest = z.object({ deal: Deal, contact: Contact, by: User, at: Instant });

/**
 * Adds a contact to an open deal; a contact not yet that far becomes an
 * `opportunity` (DOMAIN.md: "when first attached to an open deal"). Contacts
 * already at opportunity, customer, evangelist or churned keep their stage (the
 * funnel only moves forward); a disqualified contact is refused, because
 * undoing a disqualification is a reset someone allowed must make.
 *
 * @example
 * attachContactToDeal({ deal, contact: grace, by: ada, at }, config)
 * // ok({ deal: { …deal, contactIds: [grace.id] }, contact: { …grace, lifecycleStage: "opportunity" }, … })
 */
export const attachContactToDeal = (
  input: AttachContactInput,
  config: Config,
): Result<ContactAttachment, AttachContactError> => {
  const parsed = parseInput(AttachRequest, input, "contact attachment");
  if (!parsed.ok) return parsed;
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  const { funnel, pipeline } = checked.value;
  const { deal, contact, by, at } = parsed.value;

  const stage = findOpenDealStage(deal, pipeline, "contacts can only join an open deal");
  if (!stage.ok) return stage;
  if (deal.contactIds.includes(contact.id)) {
    return err(
      domainError(
        "contact_already_attached",
        `${contact.name} (${contact.id}) is already on the deal '${deal.name}'.`,
        { path: ["contact", "id"] },
      ),
    );
  }
  if (contact.lifecycleStage === "disqualified") {
    return err(
      domainError(
        "contact_disqualified",
        `${contact.name} (${contact.id}) was disqualified; a user with the role ${funnel.resetRoles.join(" or ")} must reset the contact's stage before they can join the deal '${deal.name}'.`,
        { path: ["contact", "lifecycleStage"] },
      ),
    );
  }

  const attached: Deal = { ...deal, contactIds: [...deal.contactIds, contact.id] };
  const joined: DealContactAttachedEvent = {
    type: "deal_contact_attached",
    at,
    by: by.id,
    deal: dealEventRef(attached),
    contact: { id: contact.id, name: contact.name },
  };
  const promotion = classifyLifecycleMove(contact.lifecycleStage, "opportunity");
  if (promotion !== "forward" && promotion !== "re_entry") {
    return ok({ deal: attached, contact, stageMove: null, events: [joined] });
  }
  const moved = moveLifecycleStage(
    { kind: "contact", record: contact, to: "opportunity", by, at },
    config,
  );
  if (!moved.ok) return moved;
  return ok({
    deal: attached,
    contact: moved.value.record,
    stageMove: moved.value,
    events: [joined, moved.value.event],
  });
};
