import { describe, expect, it } from "vitest";
import { aContact, aDeal, aFunnelCompany, someMalformedConfigs, T0 } from "../../test/builders";
import { type Config, defaultConfig } from "../config/config";
import type { LifecycleStage } from "../entities/lifecycleStage";
import { attachContactToDeal } from "./attachContactToDeal";
import { FunnelEvent } from "./events";

const config = defaultConfig();
const { ada } = aFunnelCompany().people;

const attach = (stage: LifecycleStage, deal = aDeal(), withConfig = config) =>
  attachContactToDeal(
    { deal, contact: aContact({ id: "contact-grace", lifecycleStage: stage }), by: ada, at: T0 },
    withConfig,
  );

describe("attaching a contact to a deal", () => {
  it("makes a contact an opportunity when first attached to an open deal", () => {
    const result = attach("sql");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.deal.contactIds).toEqual(["contact-grace"]);
    expect(result.value.contact.lifecycleStage).toBe("opportunity");
    expect(result.value.stageMove?.audit).toMatchObject({ from: "sql", to: "opportunity" });
    expect(result.value.events.map((e) => e.type)).toEqual([
      "deal_contact_attached",
      "stage_changed",
    ]);
    for (const event of result.value.events) FunnelEvent.parse(event);
    expect(result.value.events[0]).toMatchObject({
      contact: { id: "contact-grace", name: "Grace Buyer" },
    });
  });

  it.each<LifecycleStage>(["subscriber", "lead", "mql", "recycled", "other"])(
    "moves a contact at %s to opportunity",
    (stage) => {
      const result = attach(stage);
      expect(result.ok && result.value.contact.lifecycleStage).toBe("opportunity");
    },
  );

  it.each<LifecycleStage>(["opportunity", "customer", "evangelist", "churned"])(
    "leaves a contact at %s where they are",
    (stage) => {
      const result = attach(stage);
      expect(result.ok && result.value).toMatchObject({
        contact: { lifecycleStage: stage },
        stageMove: null,
      });
      expect(result.ok && result.value.events.map((e) => e.type)).toEqual([
        "deal_contact_attached",
      ]);
    },
  );

  it("refuses a disqualified contact until someone allowed resets them", () => {
    const result = attach("disqualified");
    expect(!result.ok && result.error.code).toBe("contact_disqualified");
    expect(!result.ok && result.error.message).toContain("admin or manager must reset");
  });

  it("refuses a closed deal, a contact already on it and an unknown deal stage", () => {
    expect(attach("lead", aDeal({ stage: "closed_won" }))).toMatchObject({
      ok: false,
      error: { code: "deal_closed" },
    });
    expect(attach("lead", aDeal({ contactIds: ["contact-grace"] }))).toMatchObject({
      ok: false,
      error: { code: "contact_already_attached" },
    });
    expect(attach("lead", aDeal({ stage: "archived" }))).toMatchObject({
      ok: false,
      error: { code: "unknown_stage" },
    });
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    const input = { deal: aDeal(), contact: aContact(), by: ada, at: T0 };
    for (const malformed of someMalformedConfigs()) {
      expect(attachContactToDeal(input, malformed as Config)).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
    }
  });

  it("refuses malformed input and configuration", () => {
    expect(attach("lead", { ...aDeal(), id: "" })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    expect(attach("lead", aDeal(), { ...config, pipeline: { stages: [] } }).ok).toBe(false);
    const noResetRoles = { ...config, funnel: { ...config.funnel, resetRoles: [] } };
    expect(attach("lead", aDeal(), noResetRoles).ok).toBe(false);
    const noReasons = { ...config, qualification: { ...config.qualification, recycleReasons: [] } };
    expect(attach("lead", aDeal(), noReasons).ok).toBe(false);
  });
});
