import {
  Activity,
  accessDecision,
  err,
  ok,
  parseInput,
  type Result,
  redactRecord,
} from "@baton/core";
import { activityToRow } from "@baton/store";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { type ResolvedRecord, resolveRecord } from "../records/resolveRecord";
import type { Shown } from "../records/savedRecord";
import { type SearchScope, searchScope } from "../records/searchScope";
import { LogActivityInput } from "./logActivityInput";
import type { TaskView } from "./taskView";

/** A record an activity was logged on, and why that record was taken to be the one meant. */
export type ActivityRecordRef = Pick<ResolvedRecord, "id" | "name" | "why">;

/** What `logActivity` did: the activity, the task it scheduled, and the records it resolved. */
export type LoggedActivity = {
  readonly activity: Shown<Activity>;
  readonly nextStepTask: TaskView | null;
  readonly account: ActivityRecordRef | null;
  readonly deal: ActivityRecordRef | null;
  readonly contact: ActivityRecordRef | null;
};

const brief = (record: ResolvedRecord | null): ActivityRecordRef | null =>
  record ? { id: record.id, name: record.name, why: record.why } : null;

/** The actor must be allowed to change each record they log on. */
const mayWriteOn = (scope: SearchScope, record: ResolvedRecord): Result<true, CrmError> => {
  const decision = accessDecision(
    "write",
    scope.actor,
    record.target,
    scope.directory,
    scope.config,
  );
  return decision.allowed
    ? ok(true)
    : err(
        crmError("forbidden", `${decision.reason} (${record.kind} '${record.name}')`, {
          basis: decision.basis,
          field: record.kind,
          id: record.id,
        }),
      );
};

type Resolved = {
  readonly account: ResolvedRecord | null;
  readonly deal: ResolvedRecord | null;
  readonly contact: ResolvedRecord | null;
  readonly accountId: string | null;
};

/** Resolves the names given, narrowing deal and contact to the account once it is known. */
const resolveRecords = async (
  scope: SearchScope,
  given: { account?: string | undefined; deal?: string | undefined; contact?: string | undefined },
): Promise<Result<Resolved, CrmError>> => {
  let account: ResolvedRecord | null = null;
  let deal: ResolvedRecord | null = null;
  let contact: ResolvedRecord | null = null;
  if (given.account !== undefined) {
    const found = await resolveRecord(scope, "account", "account", given.account);
    if (!found.ok) return found;
    account = found.value;
  }
  if (given.deal !== undefined) {
    const within = account ? { accountId: account.id } : undefined;
    const found = await resolveRecord(scope, "deal", "deal", given.deal, within);
    if (!found.ok) return found;
    deal = found.value;
  }
  const accountId = account?.id ?? deal?.accountId ?? null;
  if (given.contact !== undefined) {
    const within = accountId !== null ? { accountId } : undefined;
    const found = await resolveRecord(scope, "contact", "contact", given.contact, within);
    if (!found.ok) return found;
    contact = found.value;
  }
  return ok({ account, deal, contact, accountId: accountId ?? contact?.accountId ?? null });
};

/**
 * Logs a call, email, meeting, demo or note on an account, deal or contact
 * named as a person says it. Each name resolves like `find`: exactly one good
 * match is used; more than one is an `ambiguous` result with the candidates
 * (never a guess); none is `not_found` with the closest names. The actor must
 * be allowed to change each record named. The activity, the task for its next
 * step (if any) and the `activity_logged` event are written in one
 * transaction; with an idempotency key, a retry writes nothing and gets the
 * first result.
 *
 * @example
 * await crm.logActivity(ADA, { kind: "call", account: "Acme", body: "wants 15% off",
 *   nextStep: { text: "send proposal", dueAt: "2026-03-06T17:00:00Z" } }, { idempotencyKey: "slack:T1:1700000000.0001" })
 * // ok({ activity: { id, kind: "call", ... }, nextStepTask: { id, text: "send proposal", dueAt, ... }, account: { id, name: "Acme", why: "exact name" }, ... })
 */
export const logActivity =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: LogActivityInput,
    options?: WriteOptions,
  ): Promise<Result<LoggedActivity, CrmError>> =>
    runWrite(ctx, actor, "logActivity", options, async (w) => {
      const parsed = parseInput(LogActivityInput, input, "activity");
      if (!parsed.ok) return parsed;
      const given = parsed.value;
      const scope = await searchScope(w.tx, w.actor, ctx.config);
      if (!scope.ok) return scope;
      const resolved = await resolveRecords(scope.value, given);
      if (!resolved.ok) return resolved;
      const { account, deal, contact, accountId } = resolved.value;
      for (const record of [account, deal, contact]) {
        if (record === null) continue;
        const allowed = mayWriteOn(scope.value, record);
        if (!allowed.ok) return allowed;
      }
      const activity = parseInput(
        Activity,
        {
          id: ctx.newId(),
          kind: given.kind,
          direction: given.direction,
          outcome: given.outcome,
          subject: given.subject,
          body: given.body,
          occurredAt: given.occurredAt ?? w.now,
          actorId: w.actor.id,
          accountId,
          contactId: contact?.id ?? null,
          leadId: null,
          dealId: deal?.id ?? null,
          nextStep: given.nextStep ?? null,
          private: given.private,
        },
        "activity",
      );
      if (!activity.ok) return activity;
      await w.tx.insertInto("activities").values(activityToRow(activity.value)).execute();
      const task = given.nextStep
        ? {
            ...activityToRow({
              ...activity.value,
              id: ctx.newId(),
              kind: "task",
              direction: undefined,
              outcome: undefined,
              subject: given.nextStep.text,
              body: undefined,
              occurredAt: w.now,
              nextStep: null,
            }),
            due_at: given.nextStep.dueAt,
            follows_activity_id: activity.value.id,
          }
        : null;
      if (task) await w.tx.insertInto("activities").values(task).execute();
      await w.emit({
        type: "activity_logged",
        at: w.now,
        by: w.actor.id,
        activity: {
          id: activity.value.id,
          kind: activity.value.kind,
          accountId: activity.value.accountId,
          dealId: activity.value.dealId,
          private: activity.value.private,
        },
        nextStepTaskId: task?.id ?? null,
      });
      return ok({
        activity: redactRecord(w.actor, "activity", activity.value, ctx.config),
        nextStepTask: task
          ? {
              id: task.id,
              text: given.nextStep?.text ?? "",
              dueAt: task.due_at,
              completedAt: null,
              overdue: task.due_at.getTime() < w.now.getTime(),
              assigneeId: w.actor.id,
              accountId: task.account_id ?? null,
              dealId: task.deal_id ?? null,
              contactId: task.contact_id ?? null,
              followsActivityId: activity.value.id,
              private: activity.value.private,
            }
          : null,
        account: brief(account),
        deal: brief(deal),
        contact: brief(contact),
      });
    });
