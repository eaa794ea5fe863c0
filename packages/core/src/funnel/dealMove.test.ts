import { addHours } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aDeal, aFunnelCompany, someMalformedConfigs, T0 } from "../../test/builders";
import { type Config, defaultConfig } from "../config/config";
import type { Deal } from "../entities/deal";
import { moveDeal } from "./dealMove";
import { DealReopenedEvent, DealStageChangedEvent } from "./events";

const config = defaultConfig();
const { people } = aFunnelCompany();
const { ada, sol } = people;
const later = addHours(T0, 1);

describe("moving a deal through the pipeline", () => {
  it("moves a deal and keeps the change with its timestamp", () => {
    const deal = aDeal({ name: "Acme renewal", ownerId: ada.id });
    const result = moveDeal(deal, "proposal", { by: ada, at: later }, config);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.deal.stage).toBe("proposal");
    expect(result.value.deal.stageHistory).toEqual([{ stage: "proposal", at: later, by: ada.id }]);
    expect(result.value.deal.closedAt).toBeNull();
    expect(DealStageChangedEvent.parse(result.value.event)).toMatchObject({
      type: "deal_stage_changed",
      from: "prospecting",
      to: "proposal",
      probability: 60,
      forecast: "best_case",
      deal: { id: deal.id, name: "Acme renewal", ownerId: ada.id },
    });
  });

  it("lets a deal slip back to an earlier open stage", () => {
    const deal = aDeal({ stage: "negotiation" });
    expect(moveDeal(deal, "proposal", { by: ada, at: later }, config).ok).toBe(true);
  });

  it("refuses an unknown stage, naming the stages there are", () => {
    const result = moveDeal(aDeal(), "wonn", { by: ada, at: later }, config);
    expect(!result.ok && result.error.message).toContain(
      "Unknown pipeline stage 'wonn'; use one of prospecting",
    );
  });

  it("refuses a deal whose current stage the pipeline does not know", () => {
    const result = moveDeal(
      aDeal({ stage: "archived" }),
      "proposal",
      { by: ada, at: later },
      config,
    );
    expect(!result.ok && result.error.code).toBe("unknown_stage");
  });

  it("refuses a negative or fractional amount", () => {
    const negative = { ...aDeal(), amount: { amountMinor: -100, currency: "EUR" } };
    const result = moveDeal(negative, "proposal", { by: ada, at: later }, config);
    expect(!result.ok && result.error.message).toContain(
      "deal.amount.amountMinor: must be 0 or more",
    );
    const fraction = { ...aDeal(), amount: { amountMinor: 10.5, currency: "EUR" } };
    expect(moveDeal(fraction, "proposal", { by: ada, at: later }, config).ok).toBe(false);
  });

  it("refuses a move to the stage the deal is in", () => {
    const result = moveDeal(aDeal(), "prospecting", { by: ada, at: later }, config);
    expect(!result.ok && result.error.code).toBe("already_at_stage");
  });

  it("sends closing through closeDealWon and closeDealLost", () => {
    const won = moveDeal(aDeal(), "closed_won", { by: ada, at: later }, config);
    expect(!won.ok && won.error).toMatchObject({ code: "close_via_close_deal" });
    expect(!won.ok && won.error.message).toContain("use closeDealWon");
    const lost = moveDeal(aDeal(), "closed_lost", { by: ada, at: later }, config);
    expect(!lost.ok && lost.error.message).toContain("use closeDealLost");
  });

  it("refuses a change stamped before the deal's last one", () => {
    const deal = aDeal({ stageHistory: [{ stage: "prospecting", at: later, by: ada.id }] });
    const result = moveDeal(deal, "proposal", { by: ada, at: T0 }, config);
    expect(!result.ok && result.error.code).toBe("out_of_order");
    const beforeCreation = moveDeal(aDeal(), "proposal", { by: ada, at: addHours(T0, -1) }, config);
    expect(!beforeCreation.ok && beforeCreation.error.code).toBe("out_of_order");
  });

  describe("a closed deal", () => {
    const closed = aDeal({ stage: "closed_lost", closedAt: T0 });

    it("stays closed without a reset", () => {
      const result = moveDeal(closed, "negotiation", { by: ada, at: later }, config);
      expect(!result.ok && result.error.code).toBe("deal_closed");
      expect(!result.ok && result.error.message).toContain("admin or manager");
    });

    it("reopens on a manager's reset with a reason", () => {
      const result = moveDeal(
        closed,
        "negotiation",
        { by: sol, at: later, reset: true, reason: "customer came back" },
        config,
      );
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.deal).toMatchObject({ stage: "negotiation", closedAt: null });
      expect(DealReopenedEvent.parse(result.value.event)).toMatchObject({
        type: "deal_reopened",
        from: "closed_lost",
        to: "negotiation",
        reason: "customer came back",
      });
    });

    it("refuses a rep's reset and a reset without a reason", () => {
      const byRep = moveDeal(
        closed,
        "negotiation",
        { by: ada, at: later, reset: true, reason: "x" },
        config,
      );
      expect(!byRep.ok && byRep.error.code).toBe("reset_not_allowed");
      const noReason = moveDeal(closed, "negotiation", { by: sol, at: later, reset: true }, config);
      expect(!noReason.ok && noReason.error.code).toBe("reason_required");
    });
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    for (const malformed of someMalformedConfigs()) {
      expect(
        moveDeal(aDeal(), "proposal", { by: ada, at: later }, malformed as Config),
      ).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
    }
  });

  it("refuses a malformed configuration", () => {
    const broken = { ...config, funnel: { ...config.funnel, resetRoles: [] } };
    expect(moveDeal(aDeal(), "proposal", { by: ada, at: later }, broken)).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    const noPipeline = { ...config, pipeline: { stages: [] } };
    expect(moveDeal(aDeal(), "proposal", { by: ada, at: later }, noPipeline).ok).toBe(false);
  });

  it("grows the stage history by exactly one entry per move made, and never on a refusal", () => {
    const stageIds = [...config.pipeline.stages.map((s) => s.id), "archived"];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            to: fc.constantFrom(...stageIds),
            minutes: fc.integer({ min: -30, max: 600 }),
            reset: fc.boolean(),
            byManager: fc.boolean(),
          }),
          { maxLength: 20 },
        ),
        fc.constantFrom("prospecting", "negotiation", "closed_won", "closed_lost"),
        (steps, start) => {
          let deal: Deal = aDeal({ stage: start });
          let at = T0;
          for (const step of steps) {
            at = new Date(at.getTime() + step.minutes * 60_000);
            const before = deal.stageHistory.length;
            const result = moveDeal(
              deal,
              step.to,
              { by: step.byManager ? sol : ada, at, reset: step.reset, reason: "re-check" },
              config,
            );
            if (result.ok) {
              expect(result.value.deal.stageHistory).toHaveLength(before + 1);
              expect(result.value.deal.stageHistory.at(-1)).toEqual({
                stage: step.to,
                at,
                by: step.byManager ? sol.id : ada.id,
              });
              expect(result.value.deal.stageHistory.slice(0, before)).toEqual(deal.stageHistory);
              deal = result.value.deal;
            } else {
              expect(deal.stageHistory).toHaveLength(before);
            }
          }
        },
      ),
    );
  });
});
