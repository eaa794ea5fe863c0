import {
  type Config,
  domainError,
  err,
  ok,
  type PipelineStage,
  pipelineStage,
  type Result,
  readConfig,
} from "@baton/core";
import type { CrmError } from "../kernel/crmError";

/**
 * The stage a deal is created at or edited in, which must be an open stage of
 * the company's pipeline: the first open stage when none is given. An unknown
 * stage is core's `unknown_stage`; a closed one is `deal_closed`, the code core
 * gives for changing a closed deal, with `whatNow` telling the user what to do.
 *
 * @example openDealStage({ name: "Acme renewal", stage: "closed_won" }, config, "create it open, then close it") // err({ code: "deal_closed", … })
 */
export const openDealStage = (
  deal: { readonly name: string; readonly stage?: string | undefined },
  config: Config,
  whatNow: string,
): Result<PipelineStage, CrmError> => {
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  const firstOpen = checked.value.pipeline.stages.find((s) => s.outcome === "open")?.id ?? "";
  const stage = pipelineStage(deal.stage ?? firstOpen, config);
  if (!stage.ok) return stage;
  if (stage.value.outcome === "open") return ok(stage.value);
  return err(
    domainError(
      "deal_closed",
      `The deal '${deal.name}' is at a closed stage (${stage.value.id}); ${whatNow}.`,
      {
        path: ["stage"],
      },
    ),
  );
};
