import {
  type Account,
  type Contact,
  Contract,
  canSeeField,
  closeDealWon as closeDealWonRule,
  type Deal,
  err,
  ok,
  parseInput,
  type Receivable,
  type Result,
  receivablesFromDeal,
} from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { storeContract } from "../receivables/storeContract";
import { type HandOffSummary, handOffSummary } from "./applyLeadDecision";
import { changeScopeOf } from "./changeScope";
import {
  dealFields,
  lockAccount,
  lockContacts,
  saveAccount,
  saveContact,
  saveDeal,
} from "./funnelRecords";
import { scheduleHandOffSla } from "./handOffSla";
import { lockDealToChange } from "./lockedDeal";
import { shownRecord } from "./recordAccess";
import { lockRoutingState, saveRotation } from "./routingState";

const Money = z.object({ amountMinor: z.number(), currency: z.string() });

/** The signed contract; every part has a default taken from the deal. */
export const WonContractInput = z.object({
  id: z.string().trim().min(1).optional(),
  /** Default: the time the deal is closed. */
  signedAt: z.coerce.date().optional(),
  /** Default: the deal's amount. */
  value: Money.optional(),
  /** Net N days; default the company's `receivables.defaultNetDays`. */
  netDays: z.number().optional(),
  /** Default: one invoice when the contract is signed. */
  schedule: z.unknown().optional(),
});

export const CloseDealWonInput = z.object({
  dealId: z.string().trim().min(1, "must name a deal"),
  /** With a contract, finance gets its receivables; without one, none are created. */
  contract: WonContractInput.optional(),
});
export type CloseDealWonInput = z.input<typeof CloseDealWonInput>;

/** What closing won changed, as the actor may see it. */
export type ClosedWon = {
  readonly deal: Partial<Deal> & Pick<Deal, "id">;
  readonly account: Partial<Account> & Pick<Account, "id">;
  readonly contacts: readonly (Partial<Contact> & Pick<Contact, "id">)[];
  /** The account's hand-off to the team owning customers; `null` when it already sat there. */
  readonly handOff: HandOffSummary | null;
  /** The receivables created from the contract (only their ids for a role that may not see amounts). */
  readonly receivables: readonly (Receivable | { readonly id: string })[];
};

/**
 * Closes a deal as won and carries everything that follows in ONE transaction:
 * the deal closed with its stage history, its account and contacts made
 * customers, the account handed to service by the assignment rules (with its
 * first-touch SLA scheduled), and, with a contract, the receivables of its
 * payment schedule for finance.
 *
 * @example await crm.closeDealWon(ADA, { dealId: "deal-1", contract: { netDays: 30 } })
 */
export const closeDealWon =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: CloseDealWonInput,
    options?: WriteOptions,
  ): Promise<Result<ClosedWon, CrmError>> =>
    runWrite(ctx, actor, "closeDealWon", options, async (w) => {
      const parsed = parseInput(CloseDealWonInput, input, "won deal");
      if (!parsed.ok) return parsed;
      const { dealId, contract } = parsed.value;
      const locked = await lockDealToChange(ctx, w.tx, w.actor, dealId);
      if (!locked.ok) return locked;
      const { deal, directory } = locked.value;
      const account = await lockAccount(w.tx, deal.accountId);
      if (!account)
        return err(
          crmError("not_found", `No account '${deal.accountId}' for the deal '${deal.name}'.`),
        );
      const contacts = await lockContacts(w.tx, deal.contactIds);
      const routing = await lockRoutingState(w.tx, w.now);

      const won = closeDealWonRule(
        {
          deal,
          account,
          contacts,
          by: w.actor,
          at: w.now,
          users: directory.users,
          teams: directory.teams,
          assignedToday: routing.assignedToday,
          rotation: routing.rotation,
        },
        ctx.config,
      );
      if (!won.ok) return err(won.error);
      const closed = won.value;

      let receivables: readonly Receivable[] = [];
      if (contract) {
        const signedAt = contract.signedAt ?? w.now;
        const terms = {
          id: contract.id ?? ctx.newId(),
          signedAt,
          value: contract.value ?? closed.deal.amount,
          ...(contract.netDays === undefined ? {} : { netDays: contract.netDays }),
          schedule: contract.schedule ?? { kind: "one_off", invoiceDate: signedAt },
        };
        const signed = parseInput(Contract, terms, "contract");
        if (!signed.ok) return signed;
        const planned = receivablesFromDeal(closed.deal, signed.value, ctx.config);
        if (!planned.ok) return err(planned.error);
        receivables = planned.value;
        const stored = await storeContract(changeScopeOf(w), signed.value, receivables);
        if (!stored.ok) return stored;
      }

      await saveDeal(w.tx, deal, closed.deal, w.now);
      await w.history({ type: "deal", id: deal.id }, dealFields(deal), dealFields(closed.deal));
      await saveAccount(w.tx, closed.account, w.now);
      await w.history({ type: "account", id: account.id }, account, closed.account);
      const before = new Map(contacts.map((c) => [c.id, c]));
      for (const contact of closed.contacts) {
        await saveContact(w.tx, contact, w.now);
        await w.history(
          { type: "contact", id: contact.id },
          before.get(contact.id) ?? null,
          contact,
        );
      }
      await saveRotation(w.tx, closed.rotation, w.now);
      if (closed.handOff) await scheduleHandOffSla(changeScopeOf(w), "account", closed.handOff);
      await w.emit(...closed.events);

      const seesMoney = canSeeField(w.actor, "deal", "amount", ctx.config);
      return ok({
        deal: shownRecord(w.actor, "deal", closed.deal, directory, ctx.config),
        account: shownRecord(w.actor, "account", closed.account, directory, ctx.config),
        contacts: closed.contacts.map((c) =>
          shownRecord(w.actor, "contact", c, directory, ctx.config),
        ),
        handOff: closed.handOff ? handOffSummary(closed.handOff) : null,
        receivables: seesMoney ? receivables : receivables.map((r) => ({ id: r.id })),
      });
    });
