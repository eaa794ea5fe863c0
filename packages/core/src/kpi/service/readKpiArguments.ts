import type { z } from "zod";
import type { Config } from "../../config/config";
import { readConfig } from "../../config/readConfig";
import { ok, type Result } from "../../result";
import { type InvalidInput, parseInput } from "../../validation";
import { KpiPeriod } from "../kpiPeriod";

/** The three arguments of a service KPI, each checked: the company config, the period, the data. */
export type KpiArguments<T> = {
  readonly config: Config;
  readonly period: KpiPeriod;
  readonly data: T;
};

/**
 * Checks a KPI's arguments at the door, config first, so every service KPI refuses bad input
 * the same way and with the same words.
 */
export const readKpiArguments = <S extends z.ZodType>(
  schema: S,
  what: string,
  data: unknown,
  period: unknown,
  config: unknown,
): Result<KpiArguments<z.output<S>>, InvalidInput> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const checkedPeriod = parseInput(KpiPeriod, period, "KPI period");
  if (!checkedPeriod.ok) return checkedPeriod;
  const checkedData = parseInput(schema, data, what);
  if (!checkedData.ok) return checkedData;
  return ok({ config: company.value, period: checkedPeriod.value, data: checkedData.value });
};
