import {
  type AssessmentResolution,
  err,
  type LifecycleStage,
  ok,
  parseInput,
  type Result,
  resolveAssessment,
} from "@baton/core";
import { accountFromRow, contactFromRow, type Database, dealFromRow } from "@baton/store";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { assessmentFromRow } from "./assessmentRows";
import type { JudgedKind } from "./judgedRecord";
import { loadOrganisation } from "./organisation";
import { canActorRead } from "./recordReach";

/** What `assessmentsOf` takes: the account, by id or by its exact name (any case). */
export const AssessmentsOfInput = z.strictObject({
  account: z.string().trim().min(1, "name the account (its name or id)").max(300),
});
export type AssessmentsOfInput = z.input<typeof AssessmentsOfInput>;

/** One kind of judgement on one record: its current value by the company's rule, every judgement beside it. */
export type RecordAssessments = {
  readonly record: { readonly kind: JudgedKind; readonly id: string; readonly name: string };
  readonly kind: string;
  readonly resolution: AssessmentResolution;
};

/** The judgements of an account and of its contacts and deals the actor may see. */
export type AccountAssessments = {
  readonly account: { readonly id: string; readonly name: string };
  readonly assessments: readonly RecordAssessments[];
};

type Judged = { kind: JudgedKind; id: string; name: string; stage: LifecycleStage };

const findAccount = async (db: Kysely<Database>, given: string) => {
  const byId = await db.selectFrom("accounts").selectAll().where("id", "=", given).execute();
  if (byId.length > 0) return byId;
  return db
    .selectFrom("accounts")
    .selectAll()
    .where(sql<string>`lower(name)`, "=", given.toLowerCase())
    .orderBy("name")
    .orderBy("id")
    .limit(10)
    .execute();
};

/**
 * What the teams think of an account: every assessment kind recorded on the account and on
 * those of its contacts and deals the actor may read, each resolved by the company's rule
 * (core `resolveAssessment`; owner-team rules read the account's lifecycle stage), with
 * conflicting judgements from different teams kept side by side. An account the actor may
 * not read is refused; two accounts with the name are an `ambiguous` answer, never a guess.
 *
 * @example await crm.assessmentsOf(mia, { account: "Acme GmbH" })
 * // ok({ account: { id, name }, assessments: [{ record: { kind: "account", … }, kind: "customer_grade",
 * //      resolution: { value: "B", recorded: [ …service's B, sales' A… ] } }] })
 */
export const assessmentsOf =
  (ctx: CrmContext) =>
  (actor: Actor, input: AssessmentsOfInput): Promise<Result<AccountAssessments, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(AssessmentsOfInput, input, "assessments request");
      if (!parsed.ok) return parsed;
      const given = parsed.value.account;
      const matches = await findAccount(r.db, given);
      const org = await loadOrganisation(r.db);
      const readable = matches
        .map(accountFromRow)
        .filter((record) => canActorRead(r.actor, { kind: "account", record }, org, ctx.config));
      const [account, second] = readable;
      if (account === undefined)
        return err(
          matches.length > 0
            ? crmError(
                "forbidden",
                `You cannot see account '${given}'; ask its owner or their manager.`,
              )
            : crmError(
                "not_found",
                `No account '${given}'; check the name or search for it first.`,
              ),
        );
      if (second !== undefined)
        return err(
          crmError("ambiguous", `More than one account is called '${given}'; say which one.`, {
            field: "account",
            candidates: readable.map((a) => ({ id: a.id, name: a.name, why: "exact name" })),
          }),
        );

      const [contacts, deals] = await Promise.all([
        r.db.selectFrom("contacts").selectAll().where("account_id", "=", account.id).execute(),
        r.db.selectFrom("deals").selectAll().where("account_id", "=", account.id).execute(),
      ]);
      const judged: Judged[] = [
        { kind: "account", id: account.id, name: account.name, stage: account.lifecycleStage },
      ];
      for (const record of contacts.map(contactFromRow))
        if (canActorRead(r.actor, { kind: "contact", record }, org, ctx.config))
          judged.push({
            kind: "contact",
            id: record.id,
            name: record.name,
            stage: record.lifecycleStage,
          });
      for (const record of deals.map((row) => dealFromRow(row)))
        if (canActorRead(r.actor, { kind: "deal", record }, org, ctx.config))
          judged.push({
            kind: "deal",
            id: record.id,
            name: record.name,
            stage: account.lifecycleStage,
          });

      const rows = await r.db
        .selectFrom("assessments")
        .selectAll()
        .where((eb) =>
          eb.or(
            judged.map((j) => eb.and([eb("record_kind", "=", j.kind), eb("record_id", "=", j.id)])),
          ),
        )
        .orderBy("at")
        .orderBy("id")
        .execute();
      const assessments: RecordAssessments[] = [];
      for (const record of judged) {
        const own = rows.filter(
          (row) => row.record_kind === record.kind && row.record_id === record.id,
        );
        const kinds = [...new Set(own.map((row) => row.kind))].sort();
        for (const kind of kinds) {
          const resolution = resolveAssessment(
            own.filter((row) => row.kind === kind).map(assessmentFromRow),
            kind,
            ctx.config,
            { stage: record.stage },
          );
          if (!resolution.ok) return resolution;
          assessments.push({
            record: { kind: record.kind, id: record.id, name: record.name },
            kind,
            resolution: resolution.value,
          });
        }
      }
      return ok({ account: { id: account.id, name: account.name }, assessments });
    });
