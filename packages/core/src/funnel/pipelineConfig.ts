import { z } from "zod";

export const FORECAST_CATEGORIES = [
  "pipeline",
  "best_case",
  "commit",
  "closed",
  "omitted",
] as const;
export const ForecastCategory = z.enum(FORECAST_CATEGORIES);
export type ForecastCategory = z.infer<typeof ForecastCategory>;

/** One opportunity stage: its win probability, forecast category and whether it is open or closed. */
export const PipelineStage = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a lower-case id such as 'needs_analysis'"),
  label: z.string().min(1),
  probability: z.number().min(0).max(100),
  forecast: ForecastCategory,
  outcome: z.enum(["open", "won", "lost"]),
});
export type PipelineStage = z.infer<typeof PipelineStage>;

/** Salesforce's default opportunity stages (DOMAIN.md §1). */
export const DEFAULT_PIPELINE: readonly PipelineStage[] = [
  {
    id: "prospecting",
    label: "Prospecting",
    probability: 10,
    forecast: "pipeline",
    outcome: "open",
  },
  {
    id: "qualification",
    label: "Qualification",
    probability: 20,
    forecast: "pipeline",
    outcome: "open",
  },
  {
    id: "needs_analysis",
    label: "Needs analysis",
    probability: 30,
    forecast: "pipeline",
    outcome: "open",
  },
  { id: "proposal", label: "Proposal", probability: 60, forecast: "best_case", outcome: "open" },
  { id: "negotiation", label: "Negotiation", probability: 80, forecast: "commit", outcome: "open" },
  { id: "closed_won", label: "Closed won", probability: 100, forecast: "closed", outcome: "won" },
  { id: "closed_lost", label: "Closed lost", probability: 0, forecast: "omitted", outcome: "lost" },
];

export const PipelineConfig = z.object({
  stages: z
    .array(PipelineStage)
    .min(3)
    .default([...DEFAULT_PIPELINE])
    .refine((s) => new Set(s.map((x) => x.id)).size === s.length, {
      message: "stage ids must be unique",
    })
    .refine((s) => s.filter((x) => x.outcome === "won").length === 1, {
      message: "the pipeline needs exactly one won stage",
    })
    .refine((s) => s.some((x) => x.outcome === "lost"), {
      message: "the pipeline needs at least one lost stage",
    })
    .refine((s) => s.some((x) => x.outcome === "open"), {
      message: "the pipeline needs at least one open stage",
    }),
});
export type PipelineConfig = z.infer<typeof PipelineConfig>;
