import { z } from "zod";
import { AccessConfig } from "../access/accessConfig";
import { ApprovalsConfig } from "../approvals/approvalsConfig";
import { AssessmentsConfig } from "../assessments/assessmentsConfig";
import { AssignmentConfig } from "../assignment/assignmentConfig";
import { DuplicatesConfig } from "../duplicates/duplicatesConfig";
import { FunnelConfig } from "../funnel/funnelConfig";
import { PipelineConfig } from "../funnel/pipelineConfig";
import { GoalsConfig } from "../goals/goalsConfig";
import { HealthConfig } from "../health/healthConfig";
import { KpiConfig } from "../kpi/kpiConfig";
import { QualificationConfig } from "../qualification/qualificationConfig";
import { ReceivablesConfig } from "../receivables/receivablesConfig";
import type { Result } from "../result";
import { ScoringConfig } from "../scoring/scoringConfig";
import { SegmentsConfig } from "../segments/segmentsConfig";
import { type InvalidInput, parseInput } from "../validation";
import { rememberCheckedConfig } from "./readConfig";

/**
 * A company's rules: every list and threshold of DOMAIN.md, with its defaults.
 * Parse once (`parseConfig`) and pass the result to the functions that need it.
 * Strict at the top: a section passed where the whole config belongs (or a misspelt
 * section name) is refused rather than silently replaced by the defaults.
 */
export const Config = z.strictObject({
  funnel: FunnelConfig.prefault({}),
  pipeline: PipelineConfig.prefault({}),
  assignment: AssignmentConfig.prefault({}),
  qualification: QualificationConfig.prefault({}),
  scoring: ScoringConfig.prefault({}),
  access: AccessConfig.prefault({}),
  kpi: KpiConfig.prefault({}),
  goals: GoalsConfig.prefault({}),
  approvals: ApprovalsConfig.prefault({}),
  receivables: ReceivablesConfig.prefault({}),
  health: HealthConfig.prefault({}),
  duplicates: DuplicatesConfig.prefault({}),
  assessments: AssessmentsConfig.prefault({}),
  segments: SegmentsConfig.prefault({}),
});
export type Config = z.infer<typeof Config>;
/** What a company writes: any part may be left out and takes the default. */
export type ConfigInput = z.input<typeof Config>;

/**
 * Validates a company configuration, filling every omitted setting with the default.
 *
 * @example parseConfig({ scoring: { engagement: { halfLifeDays: 14 } } }).ok // true
 */
export const parseConfig = (input: unknown = {}): Result<Config, InvalidInput> => {
  const parsed = parseInput(Config, input, "configuration");
  if (parsed.ok) rememberCheckedConfig(parsed.value);
  return parsed;
};

/** The default configuration (DOMAIN.md), already validated. */
export const defaultConfig = (): Config => rememberCheckedConfig(Config.parse({}));
