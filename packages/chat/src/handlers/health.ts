import type { CommandOf } from "../commands/command";
import { crmProblem } from "../engine/crmProblem";
import { formattersFor } from "../format/formatters";
import { type ReplyBlock, reply } from "../reply";
import type { Handler } from "../turn/turn";

/** `/health`: can we trust the data — problems by kind and the teams' trusted share. */
export const healthHandler: Handler<CommandOf<"health">> = async (turn) => {
  const { t, locale } = turn;
  const found = await turn.crm.dataHealthReport(turn.actor, {});
  if (!found.ok) return crmProblem(turn, found.error);
  const report = found.value;
  const f = formattersFor(locale, turn.timeZone);
  const c = t.insights.columns;
  const share = (value: number | null) => (value === null ? "–" : f.percent(value));
  const blocks: ReplyBlock[] = [
    {
      type: "heading",
      text: t.insights.healthHeading({
        records: report.recordCount,
        trusted: share(report.trustedShare.value),
      }),
    },
  ];
  blocks.push(
    report.problems.length === 0
      ? { type: "text", text: t.insights.healthClean(), tone: "success" }
      : {
          type: "table",
          columns: [c.problem(), c.records()],
          rows: report.problems.map((p) => [
            t.records.healthProblem[p.problem](),
            f.number(p.count),
          ]),
        },
  );
  if (report.teams.length > 1)
    blocks.push(
      { type: "text", text: t.insights.healthByTeam() },
      {
        type: "table",
        columns: [c.team(), c.records(), c.trusted()],
        rows: report.teams.map((team) => [
          team.teamName ?? t.insights.noTeam(),
          f.number(team.recordCount),
          share(team.trustedShare.value),
        ]),
      },
    );
  return reply(locale, blocks);
};
