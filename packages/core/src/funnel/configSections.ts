import type { Config } from "../config/config";
import type { Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import { FunnelConfig } from "./funnelConfig";
import { PipelineConfig } from "./pipelineConfig";

/**
 * The funnel settings of a company configuration, checked again at the door:
 * a hand-built or JSON-revived config must be refused with a reason, not crash later.
 */
export const readFunnelConfig = (config: Config): Result<FunnelConfig, InvalidInput> =>
  parseInput(FunnelConfig, config?.funnel, "funnel configuration");

/** The pipeline settings of a company configuration, checked like `readFunnelConfig`. */
export const readPipelineConfig = (config: Config): Result<PipelineConfig, InvalidInput> =>
  parseInput(PipelineConfig, config?.pipeline, "pipeline configuration");
