import type { KpiResult, SalesKpiName } from "@baton/core";
import { NAMED_PERIODS, type ReportPeriodInput } from "@baton/crm";
import type { CommandOf } from "../commands/command";
import { crmProblem } from "../engine/crmProblem";
import { type Formatters, formattersFor } from "../format/formatters";
import { messages } from "../i18n/catalog";
import { problemReply, reply } from "../reply";
import type { Handler, Turn } from "../turn/turn";
import { HEADLINE_KPIS, kpiNamed, kpiUnit } from "./kpiNames";

const NAMED: ReadonlySet<string> = new Set(NAMED_PERIODS);

/** "this_month" as is; "2026-Q1" as its first day to the next quarter's. */
const periodOf = (typed: string): ReportPeriodInput | null => {
  if (NAMED.has(typed)) return typed as ReportPeriodInput;
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(typed);
  if (!quarter) return null;
  const year = Number(quarter[1]);
  const q = Number(quarter[2]);
  const month = (n: number) => String(n).padStart(2, "0");
  const start = `${year}-${month((q - 1) * 3 + 1)}-01`;
  const end = q === 4 ? `${year + 1}-01-01` : `${year}-${month(q * 3 + 1)}-01`;
  return { start, end };
};

const show = (
  turn: Turn,
  f: Formatters,
  name: SalesKpiName,
  value: number,
  currency: string | null,
) => {
  switch (kpiUnit(name)) {
    case "money":
      return currency ? f.money({ amountMinor: value, currency }) : f.number(value / 100);
    case "ratio":
      return f.percent(value);
    case "multiple":
      return `${f.number(value)}×`;
    case "days":
      return turn.t.insights.days({ value: f.number(value) });
    case "minutes":
      return turn.t.insights.minutes({ value: f.number(value) });
    default:
      return f.number(value);
  }
};

const valueText = (
  turn: Turn,
  f: Formatters,
  name: SalesKpiName,
  result: KpiResult,
  currency: string | null,
) =>
  result.value === null
    ? turn.t.insights.notDefined({ reason: result.reason })
    : show(turn, f, name, result.value, currency);

/** `/kpi [name] [period]`: the headline KPIs (or one) of a period, against the period before. */
export const kpiHandler: Handler<CommandOf<"kpi">> = async (turn, command) => {
  const { t, locale } = turn;
  const period = periodOf(command.period ?? "this_month");
  if (period === null)
    return problemReply(
      locale,
      "usage",
      t.insights.unknownPeriod({ period: command.period ?? "" }),
    );
  let names = HEADLINE_KPIS;
  if (command.name) {
    const named = kpiNamed(command.name, [t, messages("en"), messages("zh-CN")]);
    if (named === null)
      return problemReply(
        locale,
        "usage",
        t.insights.unknownKpi({
          name: command.name,
          names: HEADLINE_KPIS.map((n) => t.insights.kpi[n]()).join(", "),
        }),
      );
    names = [named];
  }
  const report = await turn.crm.kpiSnapshot(turn.actor, { period });
  if (!report.ok) return crmProblem(turn, report.error);
  const { snapshot, scope } = report.value;
  const f = formattersFor(locale, turn.timeZone);
  const c = t.insights.columns;
  const endShown = new Date(snapshot.period.end.getTime() - 1);
  return reply(locale, [
    {
      type: "heading",
      text: t.insights.kpiHeading({
        scope: t.insights.scope[scope](),
        from: f.date(snapshot.period.start),
        to: f.date(endShown),
      }),
    },
    {
      type: "table",
      columns: [c.kpi(), c.now(), c.before(), c.change()],
      rows: names.map((name) => {
        const change = snapshot.sales[name];
        const relative = change.relativeChange;
        return [
          t.insights.kpi[name](),
          valueText(turn, f, name, change.current, snapshot.currency),
          valueText(turn, f, name, change.previous, snapshot.currency),
          relative === null
            ? "–"
            : relative === 0
              ? t.insights.noChange()
              : `${relative > 0 ? "+" : ""}${f.percent(relative)}`,
        ];
      }),
    },
  ]);
};
