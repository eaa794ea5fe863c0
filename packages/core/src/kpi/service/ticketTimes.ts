import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import { inPeriod, type KpiPeriod, type KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "../kpiResult";
import { readKpiArguments } from "./readKpiArguments";
import { type SupportTicket, TicketData, type TicketDataInput } from "./supportTicket";

const MS_PER_MINUTE = 60_000;

/** Tickets opened in the period, and how many of them have the timestamp being measured. */
export type TicketTimeCounts = {
  readonly ticketsOpened: number;
  readonly measured: number;
  /** Opened in the period without the timestamp yet (unanswered, or unresolved). */
  readonly waiting: number;
};

/** The ticket timestamps a service time is measured to. */
export const TICKET_MILESTONES = ["first_response", "resolution"] as const;
export type TicketMilestone = (typeof TICKET_MILESTONES)[number];
/** How the times of many tickets are summed up. */
export const TICKET_TIME_STATISTICS = ["mean", "median"] as const;
export type TicketTimeStatistic = (typeof TICKET_TIME_STATISTICS)[number];

const reached = (t: SupportTicket, milestone: TicketMilestone): Date | null =>
  milestone === "first_response" ? t.firstResponseAt : t.resolvedAt;

/** The middle value of a sorted list, or the mean of the two middle values. */
const medianOf = (sorted: readonly number[]): number => {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
};

/** Minutes from opening to a milestone, for tickets opened in the period, as a mean or median. */
export const ticketTimeOf = (
  tickets: readonly SupportTicket[],
  period: Pick<KpiPeriod, "start" | "end">,
  milestone: TicketMilestone,
  statistic: TicketTimeStatistic,
): KpiResult<TicketTimeCounts> => {
  const opened = tickets.filter((t) => inPeriod(t.openedAt, period));
  const minutes = opened
    .flatMap((t) => {
      const at = reached(t, milestone);
      return at === null ? [] : [(at.getTime() - t.openedAt.getTime()) / MS_PER_MINUTE];
    })
    .sort((a, b) => a - b);
  const counts = {
    ticketsOpened: opened.length,
    measured: minutes.length,
    waiting: opened.length - minutes.length,
  };
  if (minutes.length === 0)
    return kpiUndefined(
      opened.length === 0
        ? "no tickets were opened in the period"
        : milestone === "first_response"
          ? "no ticket opened in the period has been answered yet"
          : "no ticket opened in the period has been resolved yet",
      counts,
    );
  const value =
    statistic === "mean"
      ? minutes.reduce((sum, m) => sum + m, 0) / minutes.length
      : medianOf(minutes);
  return kpiValue(value, counts);
};

const ticketTimeKpi =
  (milestone: TicketMilestone, statistic: TicketTimeStatistic) =>
  (
    data: TicketDataInput,
    period: KpiPeriodInput,
    config: Config,
  ): Result<KpiResult<TicketTimeCounts>, InvalidInput> => {
    const args = readKpiArguments(TicketData, "ticket data", data, period, config);
    if (!args.ok) return args;
    return ok(ticketTimeOf(args.value.data.tickets, args.value.period, milestone, statistic));
  };

/**
 * Mean first response time in minutes, over tickets opened in the period that have been
 * answered; unanswered ones are counted as `waiting`. Elapsed time, not business hours.
 *
 * @example
 * // three tickets opened in March, answered after 10, 20 and 90 minutes
 * firstResponseTimeMean({ tickets }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 40, counts: { ticketsOpened: 3, measured: 3, waiting: 0 } })
 */
export const firstResponseTimeMean = ticketTimeKpi("first_response", "mean");

/**
 * Median first response time in minutes, over tickets opened in the period that have been
 * answered: the typical wait, untouched by one ticket forgotten over a weekend.
 *
 * @example
 * // answered after 10, 20 and 90 minutes
 * firstResponseTimeMedian({ tickets }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 20, counts: { ticketsOpened: 3, measured: 3, waiting: 0 } })
 */
export const firstResponseTimeMedian = ticketTimeKpi("first_response", "median");

/**
 * Mean time to resolution in minutes, over tickets opened in the period that have been
 * resolved; open ones are counted as `waiting`.
 *
 * @example
 * // resolved after 60 and 180 minutes, a third still open
 * timeToResolutionMean({ tickets }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 120, counts: { ticketsOpened: 3, measured: 2, waiting: 1 } })
 */
export const timeToResolutionMean = ticketTimeKpi("resolution", "mean");

/**
 * Median time to resolution in minutes, over tickets opened in the period that have been
 * resolved.
 *
 * @example
 * // resolved after 60 and 180 minutes
 * timeToResolutionMedian({ tickets }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 120, counts: { ticketsOpened: 3, measured: 2, waiting: 1 } })
 */
export const timeToResolutionMedian = ticketTimeKpi("resolution", "median");
