import type { CustomerBase } from "./customerBase";

/** The customer counts behind retention and churn, so a reader can redo the sum. */
export type CustomerCounts = {
  readonly startCustomers: number;
  readonly endCustomers: number;
  readonly newCustomers: number;
  readonly lostCustomers: number;
};

/** The MRR movements behind revenue churn, NRR and GRR, in minor units. */
export type MrrMovementCounts = {
  readonly startCustomers: number;
  readonly lostCustomers: number;
  readonly startMrrMinor: number;
  readonly expansionMrrMinor: number;
  readonly contractionMrrMinor: number;
  readonly churnedMrrMinor: number;
};

/** Why a KPI over the start customers is undefined when there were none. */
export const NO_START_CUSTOMERS = "there were no customers at the start of the period";
/** Why a KPI over the starting MRR is undefined when there was none. */
export const NO_START_MRR = "there was no recurring revenue (MRR) at the start of the period";

/** The customer counts of a base, without its MRR figures. */
export const customerCountsOf = (base: CustomerBase): CustomerCounts => ({
  startCustomers: base.startCustomers,
  endCustomers: base.endCustomers,
  newCustomers: base.newCustomers,
  lostCustomers: base.lostCustomers,
});

/** The MRR movements of a base, with the customer counts that explain them. */
export const mrrMovementCountsOf = (base: CustomerBase): MrrMovementCounts => ({
  startCustomers: base.startCustomers,
  lostCustomers: base.lostCustomers,
  startMrrMinor: base.startMrrMinor,
  expansionMrrMinor: base.expansionMrrMinor,
  contractionMrrMinor: base.contractionMrrMinor,
  churnedMrrMinor: base.churnedMrrMinor,
});
