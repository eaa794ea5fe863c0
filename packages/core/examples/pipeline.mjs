import {
  closeDealWon,
  emptyRotationState,
  moveDeal,
  parseConfig,
  weightedAmount,
} from "@baton/core";

const parsed = parseConfig({ assignment: { fallbackQueues: { service: "onboarding" } } });
if (!parsed.ok) throw new Error(parsed.error.message);
const config = parsed.value;
const eur = (money) => `€${(money.amountMinor / 100).toFixed(2)}`;

// moveDeal and closeDealWon check their input with the entity schemas and fill defaults.
const ines = { id: "user-ines", name: "Inès Moreau", roles: ["rep"] };
const held = {
  lifecycleStage: "opportunity",
  ownerId: ines.id,
  createdAt: new Date("2026-03-02T09:00:00Z"),
};
const account = { id: "acct-nw", name: "Nordwind Energie GmbH", ...held };
const contacts = [
  { id: "contact-1", accountId: account.id, name: "Jana Schulz", ...held },
  { id: "contact-2", accountId: account.id, name: "Felix Braun", ...held },
];
const deal = {
  id: "deal-7",
  name: "Nordwind turbine monitoring",
  accountId: account.id,
  ownerId: ines.id,
  stage: "qualification",
  amount: { amountMinor: 4_800_000, currency: "EUR" },
  closeDate: new Date("2026-06-30T00:00:00Z"),
  createdAt: held.createdAt,
  contactIds: ["contact-1", "contact-2"],
};

const moved = moveDeal(
  deal,
  "proposal",
  { by: ines, at: new Date("2026-03-16T10:00:00Z") },
  config,
);
if (!moved.ok) throw new Error(moved.error.message);
const { event } = moved.value;
console.log(`${event.type}: ${event.from} → ${event.to}, ${event.probability}% ${event.forecast}`);
const weighted = weightedAmount(moved.value.deal, config);
if (weighted.ok) console.log(`weighted ${eur(weighted.value)} of ${eur(deal.amount)}`);

// Closing is not a stage move: closeDealWon carries the contacts and the account along.
const at = new Date("2026-04-20T10:00:00Z");
const shortcut = moveDeal(moved.value.deal, "closed_won", { by: ines, at }, config);
if (!shortcut.ok) console.log(`${shortcut.error.code}: ${shortcut.error.message}`);
const routing = { users: [ines], teams: [], assignedToday: {}, rotation: emptyRotationState() };
const won = closeDealWon(
  { deal: moved.value.deal, account, contacts, by: ines, at, ...routing },
  config,
);
if (!won.ok) throw new Error(won.error.message);
const { deal: closed, account: customer, handOff, events } = won.value;
console.log(`deal ${closed.stage} at ${closed.closedAt.toISOString()}`);
console.log(
  `account ${customer.lifecycleStage}, handed to ${handOff.toTeam} (queue ${handOff.owner.queue})`,
);
for (const c of won.value.contacts) console.log(`contact ${c.name}: ${c.lifecycleStage}`);
console.log(`events: ${events.map((e) => e.type).join(", ")}`);

/* Output:
deal_stage_changed: qualification → proposal, 60% best_case
weighted €28800.00 of €48000.00
close_via_close_deal: Moving the deal 'Nordwind turbine monitoring' to 'closed_won' closes it; use closeDealWon so its contacts and account follow.
deal closed_won at 2026-04-20T10:00:00.000Z
account customer, handed to service (queue onboarding)
contact Jana Schulz: customer
contact Felix Braun: customer
events: deal_closed_won, stage_changed, handed_off, stage_changed, stage_changed
*/
