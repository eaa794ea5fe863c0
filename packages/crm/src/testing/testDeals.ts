import type { Actor } from "../kernel/actor";
import type { Crm } from "../openCrm";
import { T0 } from "./testCompany";

const DAY_MS = 86_400_000;

/**
 * An account and an open deal on it, owned by `actor`, closing in a month:
 * the start of most deal, approval and notification tests. Reuses the account
 * when one of that name exists. Throws when the CRM refuses (a broken test).
 *
 * @example const { account, deal } = await anOpenDeal(crm, ADA, { account: "Acme GmbH", deal: "Acme renewal", euros: 50_000 })
 */
export const anOpenDeal = async (
  crm: Crm,
  actor: Actor,
  spec: { account: string; deal: string; euros: number; stage?: string },
) => {
  const found = await crm.find(actor, { query: spec.account, kinds: ["account"], limit: 5 });
  const existing = found.ok ? found.value.find((m) => m.name === spec.account) : undefined;
  let accountId = existing?.id;
  if (!accountId) {
    const made = await crm.createAccount(actor, { name: spec.account });
    if (!made.ok) throw new Error(made.error.message);
    accountId = made.value.record.id;
  }
  const deal = await crm.createDeal(actor, {
    name: spec.deal,
    accountId,
    amount: { amountMinor: spec.euros * 100, currency: "EUR" },
    closeDate: new Date(T0.getTime() + 30 * DAY_MS).toISOString(),
    ...(spec.stage ? { stage: spec.stage } : {}),
  });
  if (!deal.ok) throw new Error(deal.error.message);
  return { accountId, deal: deal.value.record };
};
