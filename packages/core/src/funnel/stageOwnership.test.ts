import { describe, expect, it } from "vitest";
import { someMalformedConfigs } from "../../test/builders";
import { type Config, defaultConfig, parseConfig } from "../config/config";
import type { LifecycleStage } from "../entities/lifecycleStage";
import { ok } from "../result";
import { owningTeam } from "./stageOwnership";

const config = defaultConfig();

describe("team ownership by stage", () => {
  it.each([
    ["subscriber", "marketing"],
    ["mql", "marketing"],
    ["sql", "sales"],
    ["opportunity", "sales"],
    ["customer", "service"],
    ["churned", "service"],
    ["other", null],
  ] as const)("gives %s to %s by default", (stage, team) => {
    expect(owningTeam(stage, config)).toEqual(ok(team));
  });

  it("follows a company that lets sales own the MQL", () => {
    const parsed = parseConfig({
      funnel: {
        stageOwnership: { ...config.funnel.stageOwnership, mql: "sales" },
      },
    });
    expect(parsed.ok && owningTeam("mql", parsed.value)).toEqual(ok("sales"));
  });

  it("refuses an unknown stage", () => {
    const result = owningTeam("won" as LifecycleStage, config);
    expect(!result.ok && result.error.message).toContain("unknown lifecycle stage 'won'");
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    for (const malformed of someMalformedConfigs()) {
      expect(owningTeam("lead", malformed as Config)).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
    }
  });

  it("reads a hand-built partial configuration, the rest defaulted", () => {
    const handBuilt = {
      funnel: { stageOwnership: { ...config.funnel.stageOwnership, mql: "sales" } },
    };
    expect(owningTeam("mql", handBuilt as unknown as Config)).toEqual(ok("sales"));
    expect(owningTeam("customer", handBuilt as unknown as Config)).toEqual(ok("service"));
  });

  it("refuses an ownership map that leaves out a stage", () => {
    const { other: _left, ...partial } = config.funnel.stageOwnership;
    const broken = { ...config, funnel: { ...config.funnel, stageOwnership: partial } };
    expect(owningTeam("lead", broken as typeof config)).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });
});
