import type { CrmContext } from "../kernel/crmContext";
import { agingReport } from "./agingReport";
import { dso } from "./daysSalesOutstanding";
import { recordPayment } from "./recordPayment";

export type { AgingReportInput } from "./agingReport";
export type { DsoInput } from "./daysSalesOutstanding";
export { READ_RECEIVABLES_ROLES, RECORD_PAYMENT_ROLES } from "./financeAccess";
export type { RecordedPayment, RecordPaymentInput } from "./recordPayment";

/** The receivables use cases, bound to a context. */
export const receivablesUseCases = (ctx: CrmContext) => ({
  recordPayment: recordPayment(ctx),
  agingReport: agingReport(ctx),
  dso: dso(ctx),
});
export type ReceivablesUseCases = ReturnType<typeof receivablesUseCases>;
