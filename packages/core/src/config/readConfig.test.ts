import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "./config";
import { readConfig } from "./readConfig";

describe("reading the configuration a function was handed", () => {
  it("accepts a parsed configuration as it is, without parsing it again", () => {
    const config = defaultConfig();
    const read = readConfig(config);
    expect(read.ok && read.value).toBe(config);
    const parsed = parseConfig({ scoring: { engagement: { halfLifeDays: 14 } } });
    expect(parsed.ok && readConfig(parsed.value)).toEqual({
      ok: true,
      value: parsed.ok && parsed.value,
    });
  });

  it("fills the defaults of a hand-built configuration and remembers it", () => {
    const handBuilt = { scoring: { engagement: { halfLifeDays: 7 } } };
    const first = readConfig(handBuilt);
    expect(first.ok && first.value.scoring.engagement.halfLifeDays).toBe(7);
    expect(first.ok && first.value.funnel.handOffSlaHours.sales).toBe(4);
    const second = readConfig(handBuilt);
    expect(second).toEqual(first);
    if (first.ok && second.ok) expect(second.value).toBe(first.value);
  });

  it("refuses a section passed where the whole configuration belongs", () => {
    const section = readConfig(defaultConfig().access);
    expect(section.ok).toBe(false);
    expect(!section.ok && section.error.message).toContain("readScope");
  });

  it("recognises its own answer without parsing it again", () => {
    const first = readConfig({ funnel: { resetRoles: ["admin"] } });
    if (!first.ok) throw new Error("expected a valid configuration");
    const again = readConfig(first.value);
    expect(again.ok && again.value).toBe(first.value);
  });

  it("refuses a missing or malformed configuration with a message naming the problem", () => {
    const missing = readConfig(undefined);
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error.message).toContain("The configuration is not valid");
    const malformed = readConfig({ scoring: { engagement: { halfLifeDays: "a month" } } });
    expect(!malformed.ok && malformed.error.message).toContain("scoring.engagement.halfLifeDays");
  });
});
