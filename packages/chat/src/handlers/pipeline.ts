import type { CommandOf } from "../commands/command";
import { crmProblem } from "../engine/crmProblem";
import { formattersFor } from "../format/formatters";
import { type ReplyBlock, reply } from "../reply";
import type { Handler } from "../turn/turn";

/** `/pipeline [me|team]`: open deals per stage, and those closing soonest. */
export const pipelineHandler: Handler<CommandOf<"pipeline">> = async (turn, command) => {
  const { t, locale } = turn;
  const found = await turn.crm.pipelineSummary(turn.actor, { scope: command.scope });
  if (!found.ok) return crmProblem(turn, found.error);
  const p = found.value;
  const f = formattersFor(locale, turn.timeZone);
  const c = t.insights.columns;
  const blocks: ReplyBlock[] = [
    {
      type: "heading",
      text: t.insights.pipelineHeading({ scope: t.insights.scope[p.scope](), deals: p.deals }),
    },
  ];
  if (p.deals === 0) {
    blocks.push({ type: "text", text: t.insights.pipelineEmpty() });
    return reply(locale, blocks);
  }
  blocks.push({
    type: "table",
    columns: p.seesAmounts
      ? [c.stage(), c.probability(), c.deals(), c.amount()]
      : [c.stage(), c.probability(), c.deals()],
    rows: p.stages.map((stage) => {
      const row = [stage.label, `${stage.probability}%`, f.number(stage.deals)];
      return p.seesAmounts
        ? [...row, stage.amounts.map((a) => f.money(a)).join(" + ") || "–"]
        : row;
    }),
  });
  blocks.push(
    { type: "text", text: t.insights.closingSoon() },
    {
      type: "table",
      columns: p.seesAmounts
        ? [c.deal(), c.stage(), c.closes(), c.amount()]
        : [c.deal(), c.stage(), c.closes()],
      rows: p.closingSoon.map((deal) => {
        const label = p.stages.find((s) => s.stage === deal.stage)?.label ?? deal.stage;
        const row = [deal.name, label, f.date(deal.closeDate)];
        return deal.amount ? [...row, f.money(deal.amount)] : row;
      }),
    },
  );
  return reply(locale, blocks);
};
