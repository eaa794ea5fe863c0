import { z } from "zod";
import type { Config } from "../config/config";
import { Money } from "../entities/money";
import { ok, type Result } from "../result";
import { parseInput } from "../validation";
import { type PipelineStageError, pipelineStage } from "./pipelineStage";

const WeightedDeal = z.object({
  stage: z.string().min(1, "must name a pipeline stage"),
  amount: Money,
});

/**
 * Multiplies whole minor units by a percentage without losing precision on
 * large amounts (multiplying first could pass 2^53): the hundreds are
 * multiplied as they are, the remainder as a fraction, and the sum is rounded
 * half up to the nearest minor unit.
 */
const percentOf = (amountMinor: number, percent: number): number => {
  const hundreds = Math.floor(amountMinor / 100);
  const rest = amountMinor - hundreds * 100;
  return Math.round(hundreds * percent + (rest * percent) / 100);
};

/**
 * A deal's amount weighted by its stage's win probability, the number weighted
 * pipeline and forecasts add up; rounded to whole minor units.
 *
 * @example
 * weightedAmount({ stage: "proposal", amount: { amountMinor: 1_000_000, currency: "EUR" } }, config)
 * // ok({ amountMinor: 600_000, currency: "EUR" })
 */
export const weightedAmount = (
  deal: { readonly stage: string; readonly amount: Money },
  config: Config,
): Result<Money, PipelineStageError> => {
  const parsed = parseInput(WeightedDeal, deal, "deal");
  if (!parsed.ok) return parsed;
  const stage = pipelineStage(parsed.value.stage, config);
  if (!stage.ok) return stage;
  const { amountMinor, currency } = parsed.value.amount;
  return ok({ amountMinor: percentOf(amountMinor, stage.value.probability), currency });
};
