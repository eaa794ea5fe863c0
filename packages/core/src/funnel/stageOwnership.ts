import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { LifecycleStage } from "../entities/lifecycleStage";
import type { TeamFunction } from "../entities/role";
import { ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import type { FunnelConfig } from "./funnelConfig";

/** The team owning a known stage under already-checked funnel settings. */
export const teamOwningStage = (
  stage: LifecycleStage,
  funnel: Pick<FunnelConfig, "stageOwnership">,
): TeamFunction | null => funnel.stageOwnership[stage] ?? null;

/** Which teams a move leaves and enters, and whether ownership has to pass between them. */
export type TeamBoundary = {
  readonly fromTeam: TeamFunction | null;
  readonly toTeam: TeamFunction | null;
  /** True when the record enters a stage another team owns; entering an unowned stage is not a hand-off. */
  readonly crossesTeamBoundary: boolean;
};

/** The team boundary of a move between two known stages. */
export const teamBoundary = (
  from: LifecycleStage,
  to: LifecycleStage,
  funnel: Pick<FunnelConfig, "stageOwnership">,
): TeamBoundary => {
  const fromTeam = teamOwningStage(from, funnel);
  const toTeam = teamOwningStage(to, funnel);
  return { fromTeam, toTeam, crossesTeamBoundary: toTeam !== null && toTeam !== fromTeam };
};

/**
 * The team that owns records at a lifecycle stage under the company's
 * configuration, or `null` for a stage nobody routes (by default `other`).
 *
 * @example owningTeam("sql", defaultConfig()) // ok("sales")
 */
export const owningTeam = (
  stage: LifecycleStage,
  config: Config,
): Result<TeamFunction | null, InvalidInput> => {
  const parsed = parseInput(LifecycleStage, stage, "lifecycle stage");
  if (!parsed.ok) return parsed;
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  return ok(teamOwningStage(parsed.value, checked.value.funnel));
};
