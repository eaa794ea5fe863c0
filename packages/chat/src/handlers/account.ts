import { readConfig } from "@baton/core";
import { type CommandOf, LOG_KINDS, type LogKind } from "../commands/command";
import { formattersFor } from "../format/formatters";
import { type Fact, type ReplyBlock, reply } from "../reply";
import type { Handler } from "../turn/turn";
import { nameProblem, recordNameMessages } from "./nameProblem";
import { userNames } from "./userNames";

/** Longest piece of an activity shown in a table cell; the rest is in the record. */
const CELL_TEXT = 80;

const clip = (text: string): string =>
  text.length > CELL_TEXT ? `${text.slice(0, CELL_TEXT - 1)}…` : text;

/** `/account <name>`: what a rep reads before a call — owner, deals, activities, next steps, health. */
export const accountHandler: Handler<CommandOf<"account">> = async (turn, command) => {
  const { t, locale } = turn;
  const summary = await turn.crm.accountSummary(turn.actor, { account: command.name });
  if (!summary.ok)
    return nameProblem(
      turn,
      summary.error,
      recordNameMessages(turn, "account", command.name),
      (id) => ({ verb: "account", name: id }),
    );
  const s = summary.value;
  const f = formattersFor(locale, turn.timeZone);
  const names = await userNames(turn, [
    ...s.recentActivities.flatMap((a) => (a.actorId ? [a.actorId] : [])),
    ...s.openDeals.flatMap((d) => (d.ownerId ? [d.ownerId] : [])),
  ]);
  const facts: Fact[] = [];
  if (s.owner)
    facts.push({
      label: t.records.facts.owner(),
      value:
        s.owner.type === "user" ? s.owner.name : t.records.facts.queue({ queue: s.owner.queue }),
    });
  if (s.lifecycleStage) facts.push({ label: t.records.facts.lifecycle(), value: s.lifecycleStage });
  if (s.account.industry)
    facts.push({ label: t.records.facts.industry(), value: s.account.industry });
  if (s.account.domain) facts.push({ label: t.records.facts.domain(), value: s.account.domain });
  if (s.health) {
    facts.push({
      label: t.records.facts.health(),
      value: t.records.health({
        score: f.percent(s.health.score),
        problems: s.health.problems.map((p) => t.records.healthProblem[p]()).join(", "),
      }),
    });
    if (s.health.lastActivityAt)
      facts.push({ label: t.records.facts.lastActivity(), value: f.date(s.health.lastActivityAt) });
  }
  const blocks: ReplyBlock[] = [{ type: "heading", text: s.account.name ?? command.name }];
  if (facts.length > 0) blocks.push({ type: "facts", facts });
  const c = t.records.columns;
  const config = readConfig(turn.crm.context.config);
  const stageLabel = (id: string) =>
    (config.ok ? config.value.pipeline.stages.find((stage) => stage.id === id)?.label : null) ?? id;
  const kindLabel = (kind: string) =>
    (LOG_KINDS as readonly string[]).includes(kind) ? t.log.kind[kind as LogKind]() : kind;
  if (s.openDeals.length > 0)
    blocks.push(
      { type: "text", text: t.records.openDeals() },
      {
        type: "table",
        columns: [c.deal(), c.stage(), c.amount(), c.closes()],
        rows: s.openDeals.map((d) => [
          d.name ?? d.id,
          d.stage ? stageLabel(d.stage) : "",
          d.amount ? f.money(d.amount) : "",
          d.closeDate ? f.date(d.closeDate) : "",
        ]),
      },
    );
  blocks.push({ type: "text", text: t.records.recentActivities() });
  blocks.push(
    s.recentActivities.length === 0
      ? { type: "text", text: t.records.noActivities() }
      : {
          type: "table",
          columns: [c.when(), c.kind(), c.by(), c.what()],
          rows: s.recentActivities.map((a) => [
            a.occurredAt ? f.dateTime(a.occurredAt) : "",
            a.kind ? kindLabel(a.kind) : "",
            a.actorId ? (names.get(a.actorId) ?? a.actorId) : "",
            clip(a.subject ?? a.body ?? ""),
          ]),
        },
  );
  blocks.push({ type: "text", text: t.records.nextSteps() });
  blocks.push(
    s.nextSteps.length === 0
      ? { type: "text", text: t.records.noNextSteps() }
      : {
          type: "table",
          columns: [c.step(), c.due()],
          rows: s.nextSteps.map((task) => [
            clip(task.text),
            task.dueAt
              ? `${f.dateTime(task.dueAt)}${task.overdue ? ` (${t.records.overdue()})` : ""}`
              : "",
          ]),
        },
  );
  return reply(locale, blocks);
};
