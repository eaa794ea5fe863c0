import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { type DomainError, domainError, err, ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import type { ForecastCategory, PipelineConfig, PipelineStage } from "./pipelineConfig";

export const PIPELINE_STAGE_ERROR_CODES = ["unknown_stage"] as const;
export type PipelineStageErrorCode = (typeof PIPELINE_STAGE_ERROR_CODES)[number];
export type PipelineStageError = DomainError<PipelineStageErrorCode> | InvalidInput;

/** Looks a stage up in already-checked pipeline settings. */
export const findPipelineStage = (
  id: string,
  pipeline: PipelineConfig,
): Result<PipelineStage, DomainError<"unknown_stage">> => {
  const stage = pipeline.stages.find((s) => s.id === id);
  return stage
    ? ok(stage)
    : err(
        domainError(
          "unknown_stage",
          `Unknown pipeline stage '${id}'; use one of ${pipeline.stages.map((s) => s.id).join(", ")}.`,
          { details: { stage: id, stages: pipeline.stages.map((s) => s.id) } },
        ),
      );
};

/**
 * The stage of a deal that must still be open, or `deal_closed` telling the user
 * what to do instead (`whatNow`): closing, losing and attaching all need an open deal.
 */
export const findOpenDealStage = (
  deal: { readonly name: string; readonly stage: string },
  pipeline: PipelineConfig,
  whatNow: string,
): Result<PipelineStage, DomainError<"unknown_stage" | "deal_closed">> => {
  const stage = findPipelineStage(deal.stage, pipeline);
  if (!stage.ok || stage.value.outcome === "open") return stage;
  return err(
    domainError(
      "deal_closed",
      `The deal '${deal.name}' is already closed (${stage.value.id}); ${whatNow}.`,
      { path: ["deal", "stage"] },
    ),
  );
};

/**
 * Finds a pipeline stage by id in the company's pipeline, so probability,
 * forecast category and open/won/lost come from configuration, never from code.
 *
 * @example pipelineStage("proposal", defaultConfig())
 * // ok({ id: "proposal", label: "Proposal", probability: 60, forecast: "best_case", outcome: "open" })
 */
export const pipelineStage = (
  id: string,
  config: Config,
): Result<PipelineStage, PipelineStageError> => {
  const parsedId = parseInput(z.string().min(1, "must name a pipeline stage"), id, "stage id");
  if (!parsedId.ok) return parsedId;
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  return findPipelineStage(parsedId.value, checked.value.pipeline);
};

/**
 * The forecast category a deal counts in (pipeline, best case, commit, closed,
 * omitted), read from its stage so forecasts follow the company's pipeline.
 *
 * @example forecastCategory({ stage: "negotiation" }, defaultConfig()) // ok("commit")
 */
export const forecastCategory = (
  deal: { readonly stage: string },
  config: Config,
): Result<ForecastCategory, PipelineStageError> => {
  const stage = pipelineStage(deal?.stage, config);
  return stage.ok ? ok(stage.value.forecast) : stage;
};
