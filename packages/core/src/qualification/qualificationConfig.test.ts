import { describe, expect, it } from "vitest";
import { parseConfig } from "../index";
import { QualificationConfig } from "./qualificationConfig";

describe("qualification configuration", () => {
  it("defaults to DOMAIN.md: B and 40 for MQL, BANT with 3 of 4 for SQL, sales accepts", () => {
    const config = QualificationConfig.parse({});
    expect(config.mql).toEqual({
      minFitGrade: "B",
      minEngagement: 40,
      highIntentKinds: ["demo_request", "pricing_contact"],
    });
    expect(config.sql).toMatchObject({
      criteria: ["budget", "authority", "need", "timeline"],
      minimum: 3,
      acceptRoles: ["rep", "manager"],
      acceptTeamFunctions: ["sales"],
      overrideFromStages: ["lead"],
    });
    expect(config.recycleRoles).toEqual(["rep", "manager"]);
    expect(config.disqualifyRoles).toContain("marketing");
  });

  it("refuses a minimum higher than the number of criteria", () => {
    const parsed = parseConfig({ qualification: { sql: { criteria: ["need"], minimum: 2 } } });
    expect(!parsed.ok && parsed.error.message).toContain(
      "the minimum cannot be more than the number of criteria",
    );
  });

  it("refuses a criterion or reason code named twice", () => {
    const parsed = parseConfig({
      qualification: {
        sql: { criteria: ["need", "need"], minimum: 1 },
        recycleReasons: ["x", "x"],
      },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain("must not name the same criterion twice");
    expect(parsed.error.message).toContain("must not name the same reason code twice");
  });

  it("refuses an override stage past the MQL step", () => {
    const parsed = parseConfig({ qualification: { sql: { overrideFromStages: ["customer"] } } });
    expect(!parsed.ok && parsed.error.message).toContain("qualification.sql.overrideFromStages[0]");
  });

  it("refuses an empty list of reason codes", () => {
    const parsed = parseConfig({ qualification: { disqualifyReasons: [] } });
    expect(!parsed.ok && parsed.error.message).toContain("needs at least one reason code");
  });
});
