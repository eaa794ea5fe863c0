import { addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { aDeal, aFunnelCompany, someMalformedConfigs, T0 } from "../../test/builders";
import { type Config, defaultConfig, parseConfig } from "../config/config";
import { closeDealLost } from "./closeDealLost";
import { DealClosedLostEvent } from "./events";

const config = defaultConfig();
const { ada } = aFunnelCompany().people;
const at = addHours(T0, 3);

describe("closing a deal lost", () => {
  it("closes the deal in the lost stage with the reason on its event", () => {
    const deal = aDeal({ stage: "proposal" });
    const result = closeDealLost({ deal, by: ada, at, reason: " went with a competitor " }, config);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.deal).toMatchObject({ stage: "closed_lost", closedAt: at });
    expect(result.value.deal.stageHistory).toEqual([{ stage: "closed_lost", at, by: ada.id }]);
    expect(DealClosedLostEvent.parse(result.value.event)).toMatchObject({
      type: "deal_closed_lost",
      from: "proposal",
      to: "closed_lost",
      reason: "went with a competitor",
    });
  });

  it("needs a reason", () => {
    const result = closeDealLost({ deal: aDeal(), by: ada, at, reason: "  " }, config);
    expect(!result.ok && result.error.message).toContain("reason: must say why the deal was lost");
  });

  it("uses the lost stage the company names, and refuses one that is not lost", () => {
    const parsed = parseConfig({
      pipeline: {
        stages: [
          ...config.pipeline.stages,
          {
            id: "no_decision",
            label: "No decision",
            probability: 0,
            forecast: "omitted",
            outcome: "lost",
          },
        ],
      },
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const input = { deal: aDeal(), by: ada, at, reason: "went quiet" };
    const chosen = closeDealLost({ ...input, lostStage: "no_decision" }, parsed.value);
    expect(chosen.ok && chosen.value.deal.stage).toBe("no_decision");
    const open = closeDealLost({ ...input, lostStage: "proposal" }, parsed.value);
    expect(!open.ok && open.error).toMatchObject({ code: "not_a_lost_stage" });
    expect(!open.ok && open.error.message).toBe(
      "'proposal' is not a lost stage; use one of closed_lost, no_decision.",
    );
    const unknown = closeDealLost({ ...input, lostStage: "gone" }, parsed.value);
    expect(!unknown.ok && unknown.error.code).toBe("unknown_stage");
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    const input = { deal: aDeal(), by: ada, at, reason: "budget cut" };
    for (const malformed of someMalformedConfigs()) {
      expect(closeDealLost(input, malformed as Config)).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
    }
  });

  it("refuses a closed deal, an unknown stage, an early timestamp and a broken pipeline", () => {
    const input = { by: ada, at, reason: "budget cut" };
    const closed = closeDealLost({ ...input, deal: aDeal({ stage: "closed_won" }) }, config);
    expect(!closed.ok && closed.error.code).toBe("deal_closed");
    const unknown = closeDealLost({ ...input, deal: aDeal({ stage: "archived" }) }, config);
    expect(!unknown.ok && unknown.error.code).toBe("unknown_stage");
    const early = closeDealLost({ ...input, deal: aDeal(), at: addHours(T0, -1) }, config);
    expect(!early.ok && early.error.code).toBe("out_of_order");
    const broken = { ...config, pipeline: { stages: [] } };
    expect(closeDealLost({ ...input, deal: aDeal() }, broken).ok).toBe(false);
  });
});
