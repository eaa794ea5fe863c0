import { readConfig } from "@baton/core";
import type { DealSummary } from "@baton/crm";
import type { CommandOf } from "../commands/command";
import { crmProblem } from "../engine/crmProblem";
import { COMMAND_ACTION } from "../engine/questions";
import { formattersFor } from "../format/formatters";
import { problemReply, type Reply, type ReplyBlock, reply, textReply } from "../reply";
import type { Handler, Turn } from "../turn/turn";
import { nameProblem, recordNameMessages } from "./nameProblem";
import { matchStage } from "./stages";
import { userNames } from "./userNames";

const dealView = (turn: Turn, s: DealSummary): Reply => {
  const { t, locale } = turn;
  const f = formattersFor(locale, turn.timeZone);
  const facts = [
    ...(s.accountName ? [{ label: t.records.facts.account(), value: s.accountName }] : []),
    ...(s.ownerName ? [{ label: t.records.facts.owner(), value: s.ownerName }] : []),
    ...(s.stage
      ? [
          {
            label: t.records.facts.stage(),
            value: `${s.stage.label} (${t.records.probability({ percent: s.stage.probability })})`,
          },
        ]
      : []),
    ...(s.deal.amount ? [{ label: t.records.facts.amount(), value: f.money(s.deal.amount) }] : []),
    ...(s.deal.closeDate
      ? [{ label: t.records.facts.closeDate(), value: f.date(s.deal.closeDate) }]
      : []),
  ];
  const blocks: ReplyBlock[] = [
    { type: "heading", text: s.deal.name ?? s.deal.id },
    { type: "facts", facts },
  ];
  if (s.stage?.outcome === "open" && s.openStages.length > 0)
    blocks.push(
      { type: "text", text: t.records.moveTo() },
      {
        type: "buttons",
        buttons: s.openStages.map((stage) => ({
          label: stage.label,
          actionId: COMMAND_ACTION,
          value: `/deal ${s.deal.id} move ${stage.id}`,
        })),
      },
    );
  return reply(locale, blocks);
};

const moveTo = async (turn: Turn, s: DealSummary, typed: string): Promise<Reply> => {
  const { t, locale } = turn;
  const config = readConfig(turn.crm.context.config);
  const stages = config.ok ? config.value.pipeline.stages : [];
  const matched = matchStage(typed, stages);
  const target = matched ? stages.find((stage) => stage.id === matched.stage.id) : undefined;
  const dealName = s.deal.name ?? s.deal.id;
  if (!matched || !target)
    return problemReply(
      locale,
      "usage",
      t.records.unknownStage({
        stage: typed,
        stages: stages.map((stage) => stage.id).join(", "),
      }),
    );
  const key = { idempotencyKey: turn.writeKey("deal-move") };
  if (target.outcome === "won") {
    const won = await turn.crm.closeDealWon(turn.actor, { dealId: s.deal.id }, key);
    if (!won.ok) return crmProblem(turn, won.error);
  } else if (target.outcome === "lost") {
    const reason = matched.rest.trim();
    if (reason.length === 0)
      return problemReply(
        locale,
        "usage",
        t.records.lostReasonNeeded({ id: s.deal.id, stage: target.id }),
      );
    const lost = await turn.crm.closeDealLost(
      turn.actor,
      { dealId: s.deal.id, reason, lostStage: target.id },
      key,
    );
    if (!lost.ok) return crmProblem(turn, lost.error);
  } else {
    const moved = await turn.crm.moveDeal(turn.actor, { dealId: s.deal.id, stage: target.id }, key);
    if (!moved.ok) return crmProblem(turn, moved.error);
  }
  return textReply(
    locale,
    t.records.moved({
      deal: dealName,
      from: s.stage?.label ?? s.deal.stage ?? "",
      to: target.label,
    }),
    "success",
  );
};

const askDiscount = async (
  turn: Turn,
  s: DealSummary,
  percent: number,
  reason: string,
): Promise<Reply> => {
  const { t, locale } = turn;
  const f = formattersFor(locale, turn.timeZone);
  const shown = f.percent(percent / 100);
  const dealName = s.deal.name ?? s.deal.id;
  const requested = await turn.crm.requestApproval(
    turn.actor,
    { dealId: s.deal.id, terms: { discountPercent: percent } },
    { idempotencyKey: turn.writeKey("approval") },
  );
  if (!requested.ok) return crmProblem(turn, requested.error);
  // The request has no field for why; the reason goes on the deal's record, where approvers read it.
  // Its own key: a retry after a failure here writes the note without a second request.
  const noted = await turn.crm.logActivity(
    turn.actor,
    { kind: "note", deal: s.deal.id, body: t.records.discountReason({ percent: shown, reason }) },
    { idempotencyKey: turn.writeKey("approval-reason") },
  );
  if (!noted.ok) return crmProblem(turn, noted.error);
  const view = requested.value;
  if (view.status !== "pending")
    return textReply(
      locale,
      t.records.discountApproved({ deal: dealName, percent: shown }),
      "success",
    );
  const names = await userNames(turn, view.waitingFor);
  return textReply(
    locale,
    t.records.discountRequested({
      deal: dealName,
      percent: shown,
      approvers: view.waitingFor.map((id) => names.get(id) ?? id).join(", "),
    }),
    "success",
  );
};

/** `/deal <name> [move <stage> | discount <n%> <reason>]`: the deal, a stage move, or a discount request. */
export const dealHandler: Handler<CommandOf<"deal">> = async (turn, command) => {
  const found = await turn.crm.dealSummary(turn.actor, { deal: command.name });
  if (!found.ok)
    return nameProblem(turn, found.error, recordNameMessages(turn, "deal", command.name), (id) => ({
      ...command,
      name: id,
    }));
  const { action } = command;
  if (!action) return dealView(turn, found.value);
  if (action.type === "move") return moveTo(turn, found.value, action.stage);
  return askDiscount(turn, found.value, action.percent, action.reason);
};
