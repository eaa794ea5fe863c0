import type { KpiPeriod } from "../kpiPeriod";
import { type CustomerSubscription, mrrJustBefore, runsJustBefore } from "./customerSubscription";

/**
 * The customer base at the two edges of a period and what happened to the revenue of the
 * customers who were there at the start (the cohort behind retention, churn, NRR and GRR).
 * Customers are accounts, so two subscriptions of one account are one customer.
 */
export type CustomerBase = {
  /** S: accounts that were customers when the period started. */
  readonly startCustomers: number;
  /** E: accounts that were customers when the period ended. */
  readonly endCustomers: number;
  /** N: customers at the end who were not customers at the start (new and won back). */
  readonly newCustomers: number;
  /** Customers at the start who were no longer customers at the end. */
  readonly lostCustomers: number;
  /** Accounts whose first subscription ever started in the period: the ones acquired. */
  readonly acquiredCustomers: number;
  readonly startMrrMinor: number;
  readonly endMrrMinor: number;
  /** MRR added by start customers still there at the end whose MRR went up. */
  readonly expansionMrrMinor: number;
  /** MRR removed from start customers still there at the end whose MRR went down. */
  readonly contractionMrrMinor: number;
  /** The starting MRR of start customers who were no longer customers at the end. */
  readonly churnedMrrMinor: number;
};

type AccountEdges = {
  startMrr: number;
  endMrr: number;
  atStart: boolean;
  atEnd: boolean;
  firstStart: number;
};

/** Works out the customer base of a period from the subscriptions, account by account. */
export const customerBase = (
  subscriptions: readonly CustomerSubscription[],
  period: Pick<KpiPeriod, "start" | "end">,
): CustomerBase => {
  const accounts = new Map<string, AccountEdges>();
  for (const s of subscriptions) {
    const edges = accounts.get(s.accountId) ?? {
      startMrr: 0,
      endMrr: 0,
      atStart: false,
      atEnd: false,
      firstStart: s.startedAt.getTime(),
    };
    edges.startMrr += mrrJustBefore(s, period.start);
    edges.endMrr += mrrJustBefore(s, period.end);
    edges.atStart ||= runsJustBefore(s, period.start);
    edges.atEnd ||= runsJustBefore(s, period.end);
    edges.firstStart = Math.min(edges.firstStart, s.startedAt.getTime());
    accounts.set(s.accountId, edges);
  }
  const base = {
    startCustomers: 0,
    endCustomers: 0,
    newCustomers: 0,
    lostCustomers: 0,
    acquiredCustomers: 0,
    startMrrMinor: 0,
    endMrrMinor: 0,
    expansionMrrMinor: 0,
    contractionMrrMinor: 0,
    churnedMrrMinor: 0,
  };
  for (const a of accounts.values()) {
    base.startMrrMinor += a.startMrr;
    base.endMrrMinor += a.endMrr;
    if (a.firstStart >= period.start.getTime() && a.firstStart < period.end.getTime())
      base.acquiredCustomers += 1;
    if (a.atStart) base.startCustomers += 1;
    if (a.atEnd) base.endCustomers += 1;
    if (a.atEnd && !a.atStart) base.newCustomers += 1;
    if (!a.atStart) continue;
    if (!a.atEnd) {
      base.lostCustomers += 1;
      base.churnedMrrMinor += a.startMrr;
    } else if (a.endMrr > a.startMrr) base.expansionMrrMinor += a.endMrr - a.startMrr;
    else base.contractionMrrMinor += a.startMrr - a.endMrr;
  }
  return base;
};
