import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Instant } from "../entities/common";
import { ok, type Result } from "../result";
import { FIT_GRADES, type FitGrade } from "../scoring/scoringConfig";
import { type InvalidInput, parseInput } from "../validation";
import type { QualificationConfig } from "./qualificationConfig";
import { MqlVia } from "./qualificationDecision";
import { listOf } from "./qualificationTransitions";

/** Something the lead did, by engagement kind ("demo_request", "email_open"…), and when. */
export const MqlSignal = z.object({
  kind: z.string().trim().min(1, "must name the kind of engagement"),
  at: Instant,
});
export type MqlSignal = z.infer<typeof MqlSignal>;

/** What MQL qualification looks at: the fit grade, the engagement score, and what the lead did. */
export const MqlInput = z.object({
  fitGrade: z.enum(FIT_GRADES, {
    error: (issue) =>
      typeof issue.input === "string"
        ? `unknown fit grade '${issue.input}'; use one of ${FIT_GRADES.join(", ")}`
        : `must be a fit grade: one of ${FIT_GRADES.join(", ")}`,
  }),
  engagement: z
    .number({ error: "must be an engagement score (a number)" })
    .min(0, "must be 0 or more")
    .refine(Number.isFinite, { message: "must be a finite number" }),
  events: z.array(MqlSignal).default([]),
  /**
   * Only actions at or after this instant count, e.g. the time the lead was
   * last recycled, so an old demo request does not re-qualify a lead sales
   * already handed back.
   */
  since: Instant.optional(),
});
export type MqlInput = z.infer<typeof MqlInput>;
export type MqlInputInput = z.input<typeof MqlInput>;

/** Whether a lead is marketing-qualified, by which rule, and the reasons in sentences. */
export const MqlEvaluation = z.object({
  qualifies: z.boolean(),
  via: MqlVia.nullable(),
  reasons: z.array(z.string()),
});
export type MqlEvaluation = z.infer<typeof MqlEvaluation>;

const gradeRank = (grade: FitGrade): number => FIT_GRADES.indexOf(grade);

/**
 * Shows a number with as few decimals as keep it on the right side of the
 * threshold, so "39.996 is below 40" is never printed as "40 is below 40".
 */
const showAgainst = (value: number, threshold: number): string => {
  for (let decimals = 0; decimals <= 6; decimals++) {
    const shown = Number(value.toFixed(decimals));
    if (shown < threshold === value < threshold) return String(shown);
  }
  return String(value);
};

/**
 * Decides whether a lead is a marketing-qualified lead (DOMAIN.md §3): its fit
 * grade and engagement both reach the configured minimums, or it took a
 * high-intent action; the reasons say which held and which did not, with the
 * numbers. A configuration or input that is not valid is an `invalid_input`
 * error naming each bad field.
 *
 * @example
 * evaluateMql({ fitGrade: "B", engagement: 32, events: [] }, defaultConfig())
 * // ok({ qualifies: false, via: null, reasons: ["fit grade B meets the minimum B",
 * //   "engagement 32 is below the minimum 40",
 * //   "no high-intent action (demo_request or pricing_contact)"] })
 */
export const evaluateMql = (
  input: MqlInputInput,
  config: Config,
): Result<MqlEvaluation, InvalidInput> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsed = parseInput(MqlInput, input, "MQL input");
  if (!parsed.ok) return parsed;
  return ok(mqlVerdict(parsed.value, company.value.qualification));
};

/** The MQL rules applied to checked signals and settings; shared by `evaluateMql` and `qualifyLead`. */
export const mqlVerdict = (input: MqlInput, config: QualificationConfig): MqlEvaluation => {
  const { fitGrade, engagement, events, since } = input;
  const { minFitGrade, minEngagement, highIntentKinds } = config.mql;
  const fitMet = gradeRank(fitGrade) <= gradeRank(minFitGrade);
  const engagementMet = engagement >= minEngagement;
  const shownEngagement = showAgainst(engagement, minEngagement);

  const highIntent = events
    .filter((e) => highIntentKinds.includes(e.kind))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const counted = highIntent.filter((e) => !since || e.at.getTime() >= since.getTime());
  const tooOld = highIntent.filter((e) => since && e.at.getTime() < since.getTime());
  const first = counted[0];

  const reasons = [
    fitMet
      ? `fit grade ${fitGrade} meets the minimum ${minFitGrade}`
      : `fit grade ${fitGrade} is below the minimum ${minFitGrade}`,
    engagementMet
      ? `engagement ${shownEngagement} meets the minimum ${minEngagement}`
      : `engagement ${shownEngagement} is below the minimum ${minEngagement}`,
    first
      ? `high-intent action ${first.kind} at ${first.at.toISOString()}`
      : highIntentKinds.length === 0
        ? "no high-intent actions are configured"
        : `no high-intent action (${listOf(highIntentKinds)})`,
    ...(since && tooOld.length > 0
      ? [
          `${tooOld.length} earlier high-intent action(s) before ${since.toISOString()} do not count`,
        ]
      : []),
  ];

  const via = fitMet && engagementMet ? "thresholds" : first ? "high_intent" : null;
  return { qualifies: via !== null, via, reasons };
};
