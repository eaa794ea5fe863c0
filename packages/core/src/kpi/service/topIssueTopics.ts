import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import { inPeriod, type KpiPeriod, type KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiRatio } from "../kpiResult";
import { comparisonPeriodBefore } from "./comparisonPeriod";
import { readKpiArguments } from "./readKpiArguments";
import { type SupportTicket, TicketData, type TicketDataInput } from "./supportTicket";

/** The ticket counts of one topic, this period and the one before. */
export type IssueTopicCounts = { readonly tickets: number; readonly previousTickets: number };

/** One issue topic: how many tickets it had, and its change vs the previous period. */
export type IssueTopicTrend = {
  readonly topic: string;
  readonly tickets: number;
  readonly previousTickets: number;
  /** (tickets − previous) ÷ previous; `null` when the topic is new this period. */
  readonly change: KpiResult<IssueTopicCounts>;
};

/** The topics of a period, most tickets first, with the period they were compared with. */
export type TopIssueTopics = {
  readonly previousPeriod: KpiPeriod;
  readonly ticketsOpened: number;
  readonly previousTicketsOpened: number;
  readonly topics: readonly IssueTopicTrend[];
};

/** Topic counts of checked tickets, for the all-at-once snapshot. */
export const topIssueTopicsOf = (
  tickets: readonly SupportTicket[],
  period: KpiPeriod,
): TopIssueTopics => {
  const previousPeriod = comparisonPeriodBefore(period);
  const counts = new Map<string, { tickets: number; previousTickets: number }>();
  let ticketsOpened = 0;
  let previousTicketsOpened = 0;
  for (const t of tickets) {
    const now = inPeriod(t.openedAt, period);
    const before = inPeriod(t.openedAt, previousPeriod);
    if (!now && !before) continue;
    const entry = counts.get(t.topic) ?? { tickets: 0, previousTickets: 0 };
    if (now) {
      entry.tickets += 1;
      ticketsOpened += 1;
    } else {
      entry.previousTickets += 1;
      previousTicketsOpened += 1;
    }
    counts.set(t.topic, entry);
  }
  const topics = [...counts.entries()]
    .map(([topic, c]) => ({
      topic,
      ...c,
      change: kpiRatio(
        c.tickets - c.previousTickets,
        c.previousTickets,
        "the topic had no tickets in the previous period",
        c,
      ),
    }))
    .sort(
      (a, b) =>
        b.tickets - a.tickets ||
        b.previousTickets - a.previousTickets ||
        (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0),
    );
  return { previousPeriod, ticketsOpened, previousTicketsOpened, topics };
};

/**
 * Ticket counts by issue topic for tickets opened in the period, most tickets first (ties by
 * the previous period, then by name), each with its change vs the previous period (see
 * `comparisonPeriodBefore`). Topics seen only in the previous period are kept, with 0
 * tickets and a change of −1, because an issue that went away is news too.
 *
 * @example
 * // March: 3 billing, 1 login; February: 2 billing
 * topIssueTopics({ tickets }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ ticketsOpened: 4, previousTicketsOpened: 2, topics: [
 * //   { topic: "billing", tickets: 3, previousTickets: 2, change: { value: 0.5, … } },
 * //   { topic: "login", tickets: 1, previousTickets: 0, change: { value: null, reason: … } } ], … })
 */
export const topIssueTopics = (
  data: TicketDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<TopIssueTopics, InvalidInput> => {
  const args = readKpiArguments(TicketData, "ticket data", data, period, config);
  if (!args.ok) return args;
  return ok(topIssueTopicsOf(args.value.data.tickets, args.value.period));
};
