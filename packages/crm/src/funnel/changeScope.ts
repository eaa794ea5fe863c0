import type { Database } from "@baton/store";
import type { Transaction } from "kysely";
import type { CrmContext } from "../kernel/crmContext";
import type { WriteScope } from "../kernel/unitOfWork";

/**
 * What a change needs, whether a person makes it (a use case inside `runWrite`)
 * or a job does (an escalation that falls due): one transaction, one `now`, who
 * is acting, and the history and outbox writers. Lets a rule be applied the same
 * way from both.
 */
export type ChangeScope = Pick<WriteScope, "ctx" | "tx" | "now" | "history" | "emit"> & {
  /** The acting user's id, or the job's name for a change nobody typed. */
  readonly by: string;
};

/** The change scope of a use case's write. */
export const changeScopeOf = (w: WriteScope): ChangeScope => ({
  ctx: w.ctx,
  tx: w.tx,
  now: w.now,
  history: w.history,
  emit: w.emit,
  by: w.actor.id,
});

/** The parts of a context and transaction a loader needs. */
export type TxContext = { readonly ctx: CrmContext; readonly tx: Transaction<Database> };
