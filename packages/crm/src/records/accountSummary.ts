import {
  type Account,
  type Activity,
  type Assessment,
  accessDecision,
  canSeeField,
  type Deal,
  err,
  type LifecycleStage,
  ok,
  parseInput,
  type Result,
  readConfig,
  redactRecord,
} from "@baton/core";
import { accountFromRow, activityFromRow, contactFromRow, dealFromRow } from "@baton/store";
import { z } from "zod";
import { type TaskView, taskView } from "../activities/taskView";
import {
  type ActivityReader,
  openTasksOn,
  recentActivities,
} from "../activities/visibleActivities";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { type AccountHealth, accountHealth } from "./accountHealth";
import { accessRules, readFilterFor, readFilterSql } from "./readFilter";
import { resolveRecord } from "./resolveRecord";
import type { Shown } from "./savedRecord";
import { searchScope } from "./searchScope";
import { visibleAssessments } from "./visibleAssessments";

export const AccountSummaryInput = z
  .object({
    /** The account, by name, domain or id. */
    account: z
      .string({ error: "must be the account's name or id" })
      .trim()
      .min(1, "must not be empty")
      .max(300, "must be at most 300 characters"),
  })
  .strict();
export type AccountSummaryInput = z.input<typeof AccountSummaryInput>;

/** An open deal on the account, with the fields the actor's role may see. */
export type SummaryDeal = Pick<
  Shown<Deal>,
  "id" | "name" | "stage" | "amount" | "closeDate" | "ownerId"
>;

/** One page on an account: what a rep reads before a call. */
export type AccountSummary = {
  readonly account: Shown<Account>;
  /** How the name given was matched ("exact name", "id", ...). */
  readonly matchedBy: string;
  /** A person, a queue it waits in, or null when the actor's role does not see the owner. */
  readonly owner:
    | { readonly type: "user"; readonly id: string; readonly name: string }
    | { readonly type: "queue"; readonly queue: string }
    | null;
  readonly lifecycleStage: LifecycleStage | null;
  readonly openDeals: readonly SummaryDeal[];
  /** The last activities the actor may see, newest first; others' private notes never. */
  readonly recentActivities: readonly Shown<Activity>[];
  /** Open tasks on the account the actor may see, soonest due first. */
  readonly nextSteps: readonly TaskView[];
  readonly health: AccountHealth | null;
  readonly assessments: readonly Assessment[];
};

const RECENT_ACTIVITIES = 10;
/** Enough history to judge health (last activity, planned follow-ups) without reading it all. */
const HEALTH_ACTIVITIES = 50;
const MAX_LISTED = 50;

/**
 * Everything about one account a person may see, found by name (resolved like
 * `find`; an ambiguous name is an `ambiguous` result listing the candidates):
 * owner, lifecycle stage, open deals, the last ten activities, next steps,
 * data health and assessments, each limited to what the actor's role may read.
 *
 * @example await crm.accountSummary(ADA, { account: "Acme" })
 * // ok({ account: { id, name: "Acme", ... }, owner: { type: "user", name: "Ada Lovelace" }, openDeals: [...], ... })
 */
export const accountSummary =
  (ctx: CrmContext) =>
  (actor: Actor, input: AccountSummaryInput): Promise<Result<AccountSummary, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(AccountSummaryInput, input, "account summary request");
      if (!parsed.ok) return parsed;
      const access = accessRules(ctx.config);
      if (!access.ok) return access;
      const checked = readConfig(ctx.config);
      if (!checked.ok) return checked;
      const scope = await searchScope(r.db, r.actor, ctx.config);
      if (!scope.ok) return scope;
      const { directory } = scope.value;
      const found = await resolveRecord(scope.value, "account", "account", parsed.value.account);
      if (!found.ok) return found;
      const row = await r.db
        .selectFrom("accounts")
        .selectAll()
        .where("id", "=", found.value.id)
        .executeTakeFirst();
      if (!row) return err(crmError("not_found", "That account was just removed."));
      const account = accountFromRow(row);
      const sees = (kind: "account" | "deal", field: string) =>
        canSeeField(r.actor, kind, field, ctx.config);

      const openStages = checked.value.pipeline.stages
        .filter((stage) => stage.outcome === "open")
        .map((stage) => stage.id);
      const dealFilter = readFilterFor(r.actor, "deal", directory, access.value);
      const dealRows = await r.db
        .selectFrom("deals")
        .selectAll()
        .where("account_id", "=", account.id)
        .where("stage", "in", openStages)
        .where(() =>
          readFilterSql(dealFilter, {
            owner: "owner_id",
            previousOwners: null,
            team: null,
          }).$castTo<boolean>(),
        )
        .orderBy("close_date")
        .orderBy("id")
        .limit(MAX_LISTED)
        .execute();
      const openDeals = dealRows
        .map((deal) => dealFromRow(deal))
        .filter(
          (deal) =>
            accessDecision("read", r.actor, { kind: "deal", record: deal }, directory, ctx.config)
              .allowed,
        )
        .map((deal) => {
          const { id, name, stage, amount, closeDate, ownerId } = redactRecord(
            r.actor,
            "deal",
            deal,
            ctx.config,
          );
          return { id, name, stage, amount, closeDate, ownerId };
        });

      const reader: ActivityReader = {
        db: r.db,
        actor: r.actor,
        directory,
        config: ctx.config,
        filter: readFilterFor(r.actor, "activity", directory, access.value),
      };
      const activities = await recentActivities(reader, account.id, HEALTH_ACTIVITIES);
      const tasks = await openTasksOn(reader, account.id, MAX_LISTED);
      const contacts = await r.db
        .selectFrom("contacts")
        .selectAll()
        .where("account_id", "=", account.id)
        .limit(1000)
        .execute();
      const lastEdit = await r.db
        .selectFrom("history")
        .select(({ fn }) => fn.max("at").as("at"))
        .where("entity_type", "=", "account")
        .where("entity_id", "=", account.id)
        .executeTakeFirst();
      // An open task is something booked for when it is due: a planned next step.
      const booked = tasks.map((task) =>
        activityFromRow({ ...task, occurred_at: task.due_at ?? task.occurred_at }),
      );

      const owner = !sees("account", "ownerId")
        ? null
        : account.ownerId !== null
          ? {
              type: "user" as const,
              id: account.ownerId,
              name:
                directory.users.find((user) => user.id === account.ownerId)?.name ??
                account.ownerId,
            }
          : account.ownerQueue !== null
            ? { type: "queue" as const, queue: account.ownerQueue }
            : null;

      return ok({
        account: redactRecord(r.actor, "account", account, ctx.config),
        matchedBy: found.value.why,
        owner,
        lifecycleStage: sees("account", "lifecycleStage") ? account.lifecycleStage : null,
        openDeals,
        recentActivities: activities
          .slice(0, RECENT_ACTIVITIES)
          .map((activity) => redactRecord(r.actor, "activity", activity, ctx.config)),
        nextSteps: tasks.map((task) => taskView(task, r.now)),
        health: accountHealth(
          account,
          contacts.map(contactFromRow),
          [...activities, ...booked],
          lastEdit?.at ? new Date(lastEdit.at) : null,
          directory,
          r.now,
          ctx.config,
        ),
        assessments: await visibleAssessments(r.db, r.actor, account.id),
      });
    });
