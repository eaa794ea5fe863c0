import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anythingOr, isResultShaped, T0 } from "../../test/builders";
import { type Config, defaultConfig } from "../config/config";
import { SENIORITIES, SIZE_BANDS } from "../entities/firmographics";
import { COMBINED_SCORE_CODES } from "./combinedScore";
import { MS_PER_DAY } from "./engagementDecay";
import { type FitSubjectInput, fitScore } from "./fitScore";
import { scoreLead } from "./scoreLead";
import { type LeadBatch, scoreLeadBatch, UNSCORED_LEAD } from "./scoreLeadBatch";
import { FIT_FIELDS, FIT_GRADES, type FitRule } from "./scoringConfig";

const config = defaultConfig();
const NOW = new Date("2026-03-31T09:00:00Z");

/** A configuration as a caller might build it by hand, unchecked: the scorers must check it. */
const handBuilt = (company: unknown) => company as Config;

const scoresOf = (batch: LeadBatch, company: Config = config) => {
  const result = scoreLeadBatch(batch, NOW, company);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const eventsOf = (batch: LeadBatch, lead: number) =>
  Array.from(batch.events.leadIndex, (li, row) => ({ li, row }))
    .filter(({ li }) => li === lead)
    .map(({ row }) => ({
      kind: batch.events.kind[row] ?? "",
      at: new Date(batch.events.atMs[row] ?? Number.NaN),
    }));

const example: LeadBatch = {
  leads: [{ industry: "software", seniority: "vp" }, { sizeBand: "11-50" }],
  events: {
    leadIndex: Int32Array.of(0, 0, 1),
    kind: ["email_open", "demo_request", "webinar"],
    atMs: Float64Array.of(Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 20), Date.UTC(2026, 1, 1)),
  },
};

describe("scoring a batch of leads", () => {
  it("writes fit points, grade, engagement, band and combined code per lead", () => {
    const scores = scoresOf(example);
    expect(scores.count).toBe(2);
    expect(scores.scoredCount).toBe(2);
    expect([...scores.fitPoints]).toEqual([45, 0]);
    expect([...scores.fitGrade].map((g) => FIT_GRADES[g])).toEqual(["B", "D"]);
    expect([...scores.combined].map((c) => COMBINED_SCORE_CODES[c])).toEqual(["B3", "D3"]);
    expect([...scores.engagementBand]).toEqual([3, 3]);
    expect(scores.rowErrors).toEqual([]);
  });

  it("gives exactly the numbers the single-lead scorer gives", () => {
    const scores = scoresOf(example);
    example.leads.forEach((lead, i) => {
      const one = scoreLead({ id: `lead-${i}`, ...lead }, eventsOf(example, i), NOW, config);
      if (!one.ok) throw new Error(one.error.message);
      expect(scores.engagement[i]).toBe(one.value.engagement.score);
      expect(scores.fitPoints[i]).toBe(one.value.fit.points);
      expect(COMBINED_SCORE_CODES[scores.combined[i] ?? 0]).toBe(one.value.combined);
    });
  });

  it("scores event rows in any order the same as grouped by lead", () => {
    const shuffled: LeadBatch = {
      leads: example.leads,
      events: {
        leadIndex: [1, 0, 0],
        kind: ["webinar", "email_open", "demo_request"],
        atMs: [Date.UTC(2026, 1, 1), Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 20)],
      },
    };
    expect(scoresOf(shuffled)).toEqual(scoresOf(example));
  });

  it("scores a lead without touches on fit alone", () => {
    const scores = scoresOf({
      leads: [{ industry: "software", sizeBand: "1001-5000", seniority: "director" }],
      events: { leadIndex: [], kind: [], atMs: [] },
    });
    expect(scores.engagement[0]).toBe(0);
    expect(COMBINED_SCORE_CODES[scores.combined[0] ?? 0]).toBe("A3");
  });

  it("reports a bad lead by its index and still scores the others", () => {
    const scores = scoresOf({
      leads: [
        { industry: "software" },
        { seniority: "wizard" as "vp", industry: "  " },
        null,
        { country: 49 as unknown as string },
      ],
      events: {
        leadIndex: [1, 0],
        kind: ["webinar", "webinar"],
        atMs: [T0.getTime(), T0.getTime()],
      },
    });
    expect(scores.scoredCount).toBe(1);
    expect(scores.fitPoints[0]).toBe(20);
    expect(scores.rowErrors.map((e) => [e.code, e.row])).toEqual([
      ["invalid_lead_row", 1],
      ["invalid_lead_row", 2],
      ["invalid_lead_row", 3],
    ]);
    // The same words scoreLead uses, since both check with the FitSubject schema.
    expect(scores.rowErrors[0]?.message).toMatch(
      /^The lead at index 1 is not valid — industry: .*; seniority: unknown seniority 'wizard'; use one of c_level, vp, .*\. It is left unscored; the other leads are scored\.$/,
    );
    expect(scores.rowErrors[1]?.message).toContain("The lead at index 2 is not valid — input:");
    expect(scores.rowErrors[2]?.message).toContain("country:");
    expect(scores.fitGrade[1]).toBe(UNSCORED_LEAD);
    expect(scores.combined[1]).toBe(UNSCORED_LEAD);
    expect(scores.engagement[1]).toBeNaN();
    expect(scores.fitPoints[1]).toBeNaN();
    expect(scores.engagementBand[1]).toBe(0);
  });

  it("leaves a lead unscored when one of its touches is unreadable, rather than scoring it without", () => {
    const scores = scoresOf({
      leads: [{}, {}, {}],
      events: {
        leadIndex: [0, 1, 7, 2.5],
        kind: ["webinar", "", "webinar", "webinar"],
        atMs: [Number.NaN, T0.getTime(), T0.getTime(), T0.getTime()],
      },
    });
    expect(scores.rowErrors.map((e) => [e.code, e.row, e.leadIndex])).toEqual([
      ["invalid_event_row", 0, 0],
      ["invalid_event_row", 1, 1],
      ["invalid_event_row", 2, null],
      ["invalid_event_row", 3, null],
    ]);
    expect(scores.rowErrors[0]?.message).toBe(
      "Event row 0 cannot be counted: atMs must be a time in epoch milliseconds, not NaN. Lead 0 is left unscored rather than scored without it.",
    );
    expect(scores.rowErrors[1]?.message).toContain("kind must name the kind of engagement");
    expect(scores.rowErrors[2]?.message).toBe(
      "Event row 2 cannot be counted: leadIndex 7 is not a lead of this batch (0 to 2).",
    );
    expect([...scores.fitGrade]).toEqual([UNSCORED_LEAD, UNSCORED_LEAD, 3]);
    expect(scores.scoredCount).toBe(1);
  });

  it("reports a time or lead index that cannot even be printed, rather than throwing", () => {
    const unprintable = [Object.create(null)];
    const scores = scoresOf({
      leads: [{}],
      events: {
        leadIndex: [0, unprintable as unknown as number],
        kind: ["webinar", "webinar"],
        atMs: [unprintable as unknown as number, T0.getTime()],
      },
    });
    expect(scores.rowErrors.map((e) => e.message)).toEqual([
      "Event row 0 cannot be counted: atMs must be a time in epoch milliseconds, not [an array]. Lead 0 is left unscored rather than scored without it.",
      "Event row 1 cannot be counted: leadIndex [an array] is not a lead of this batch (0 to 0).",
    ]);
  });

  it("refuses a batch it cannot read at all, saying what is wrong", () => {
    const run = (batch: unknown, now: Date = NOW, company: unknown = config) =>
      scoreLeadBatch(batch as LeadBatch, now, handBuilt(company));
    const columns = { leadIndex: [], kind: [], atMs: [] };
    expect(run(null)).toMatchObject({ ok: false, error: { code: "invalid_lead_batch" } });
    expect(run({ leads: {}, events: columns })).toMatchObject({
      error: { message: "The batch's leads must be an array." },
    });
    expect(run({ leads: [] })).toMatchObject({ error: { path: ["events"] } });
    expect(run({ leads: [], events: { ...columns, atMs: "x" } })).toMatchObject({
      error: { path: ["events", "atMs"] },
    });
    expect(run({ leads: [], events: { ...columns, kind: ["a"] } })).toMatchObject({
      error: { message: expect.stringContaining("same length") },
    });
    expect(run({ leads: [], events: columns }, new Date(Number.NaN))).toMatchObject({
      error: { code: "invalid_now" },
    });
    expect(
      run({ leads: [], events: columns }, NOW, { scoring: { fit: { rules: 3 } } }),
    ).toMatchObject({
      error: { code: "invalid_scoring_config" },
    });
  });

  describe("laws", () => {
    const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
    const aLeadRow: fc.Arbitrary<FitSubjectInput> = fc.record(
      {
        industry: pick(["software", "Software ", "FINTECH", "retail", null]),
        region: pick(["emea", "EMEA", "apac"]),
        country: pick(["DE", "US", "CN", null]),
        sizeBand: pick(SIZE_BANDS),
        seniority: pick(SENIORITIES),
        department: pick(["sales", "IT", "Operations", "finance", ""]),
      },
      { requiredKeys: [] },
    );
    const kinds = [...Object.keys(config.scoring.engagement.points), "unknown_kind"];
    const rulesWithTerritory: FitRule[] = [
      ...config.scoring.fit.rules,
      { id: "dach", field: "country", values: ["de", "at", "ch"], points: 7 },
      { id: "emea", field: "region", values: ["EMEA"], points: -3 },
    ];
    const aCompany = fc
      .record({
        scoring: fc.record({
          fit: fc.constant({ rules: rulesWithTerritory }),
          engagement: fc.record({
            halfLifeDays: pick([7, 14, 30, 45.5]),
            capPerKind: pick([10, 40, 1e9]),
            capTotal: pick([30, 100, 1e9]),
          }),
        }),
      })
      .map(handBuilt);
    const aBatch = fc
      .array(aLeadRow, { minLength: 1, maxLength: 20 })
      .chain((leads) =>
        fc.record({
          leads: fc.constant(leads),
          rows: fc.array(
            fc.record({
              li: fc.nat({ max: leads.length - 1 }),
              kind: pick(kinds),
              ageMs: fc.integer({ min: -5 * MS_PER_DAY, max: 400 * MS_PER_DAY }),
            }),
            { maxLength: 80 },
          ),
          grouped: fc.boolean(),
        }),
      )
      .map(({ leads, rows, grouped }): LeadBatch => {
        const ordered = grouped ? [...rows].sort((a, b) => a.li - b.li) : rows;
        return {
          leads,
          events: {
            leadIndex: Int32Array.from(ordered, (r) => r.li),
            kind: ordered.map((r) => r.kind),
            atMs: Float64Array.from(ordered, (r) => NOW.getTime() - r.ageMs),
          },
        };
      });

    it("gives exactly the same numbers as the single-lead scorer for random leads", () => {
      fc.assert(
        fc.property(aBatch, aCompany, (batch, company) => {
          const scores = scoresOf(batch, company);
          expect(scores.scoredCount).toBe(batch.leads.length);
          batch.leads.forEach((lead, i) => {
            const one = scoreLead({ id: `lead-${i}`, ...lead }, eventsOf(batch, i), NOW, company);
            if (!one.ok) throw new Error(one.error.message);
            expect(scores.fitPoints[i]).toBe(one.value.fit.points);
            expect(FIT_GRADES[scores.fitGrade[i] ?? 0]).toBe(one.value.fit.grade);
            expect(scores.engagement[i]).toBe(one.value.engagement.score);
            expect(scores.engagementBand[i]).toBe(one.value.engagement.band);
            expect(COMBINED_SCORE_CODES[scores.combined[i] ?? 0]).toBe(one.value.combined);
          });
        }),
      );
    });

    it("refuses exactly the fit values the single-lead scorer refuses", () => {
      const anyValue = fc.oneof(
        fc.string({ maxLength: 4 }),
        pick(["DE", "de", "D", " DE", "vp", "VP", "5001+", " ", "\u00a0x\u00a0", "x".repeat(101)]),
        fc.constant(null),
        fc.constant(undefined),
        fc.integer(),
      );
      fc.assert(
        fc.property(pick(FIT_FIELDS), anyValue, (field, value) => {
          const subject = { [field]: value } as FitSubjectInput;
          const single = fitScore(subject, config).ok;
          const batch = scoresOf({
            leads: [subject],
            events: { leadIndex: [], kind: [], atMs: [] },
          });
          expect(batch.scoredCount === 1).toBe(single);
        }),
      );
    });
  });
});

describe("scoring a batch on any input", () => {
  it("never throws: whatever each argument is, the answer is a Result", () => {
    fc.assert(
      fc.property(
        anythingOr(example),
        anythingOr(NOW),
        anythingOr(config),
        (batch, now, company) => {
          const result = scoreLeadBatch(batch as LeadBatch, now as Date, company as Config);
          expect(isResultShaped(result)).toBe(true);
        },
      ),
    );
  });
});
