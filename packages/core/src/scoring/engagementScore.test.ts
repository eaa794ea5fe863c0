import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anEngagementEvent, anythingOr, isResultShaped, T0 } from "../../test/builders";
import { type Config, defaultConfig, parseConfig } from "../config/config";
import { MS_PER_DAY } from "./engagementDecay";
import { type EngagementEvent, engagementScore } from "./engagementScore";
import type { ScoringConfigInput } from "./scoringConfig";

const company = defaultConfig();
const scoring = company.scoring;
/** A company configuration with these scoring settings, checked as `parseConfig` checks it. */
const withScoring = (settings: ScoringConfigInput): Config => {
  const parsed = parseConfig({ scoring: settings });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
/** A configuration as a caller might build it by hand, unchecked: the scorer must check it. */
const handBuilt = (config: unknown) => config as Config;
const daysAgo = (days: number) => new Date(T0.getTime() - days * MS_PER_DAY);
const touch = (kind: string, days: number) => anEngagementEvent({ kind, at: daysAgo(days) });
const scoreOf = (events: EngagementEvent[], config: Config = company) => {
  const result = engagementScore(events, T0, config);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("engagement score", () => {
  it("decays each touch by half per half-life and sums by kind", () => {
    const events = [touch("webinar", 0), touch("email_click", 30), touch("email_click", 60)];
    // email_click: 3 × 0.5 + 3 × 0.25 = 2.25; webinar: 10 today
    expect(scoreOf(events)).toEqual({
      score: 12.25,
      band: 3,
      uncapped: 12.25,
      contributions: [
        { kind: "email_click", events: 2, raw: 6, decayed: 2.25, capped: 2.25 },
        { kind: "webinar", events: 1, raw: 10, decayed: 10, capped: 10 },
      ],
      ignored: [],
    });
  });

  it("halves a touch's weight after one half-life", () => {
    expect(scoreOf([touch("demo_request", 30)]).score).toBe(12.5);
    expect(
      scoreOf([touch("demo_request", 14)], withScoring({ engagement: { halfLifeDays: 14 } })).score,
    ).toBe(12.5);
  });

  it("holds each kind to its cap and the total to the total cap", () => {
    const events = [
      ...Array.from({ length: 3 }, () => touch("demo_request", 0)), // 75, capped to 40
      touch("meeting", 0),
      touch("meeting", 0), // 30
      ...Array.from({ length: 3 }, () => touch("pricing_page", 0)), // 30
      touch("webinar", 0), // 10
    ];
    const engagement = scoreOf(events);
    expect(engagement.contributions.find((c) => c.kind === "demo_request")).toEqual({
      kind: "demo_request",
      events: 3,
      raw: 75,
      decayed: 75,
      capped: 40,
    });
    expect(engagement.uncapped).toBe(110);
    expect(engagement.score).toBe(100);
    expect(engagement.band).toBe(1);
  });

  it("ignores a kind with no points configured and says so", () => {
    const engagement = scoreOf([touch("webinar", 0), touch("carrier_pigeon", 0)]);
    expect(engagement.score).toBe(10);
    expect(engagement.ignored).toEqual([
      { index: 1, kind: "carrier_pigeon", at: T0, reason: "unknown_kind" },
    ]);
  });

  it("ignores a touch after now and says so", () => {
    const engagement = scoreOf([touch("meeting", -1)]);
    expect(engagement.score).toBe(0);
    expect(engagement.ignored).toEqual([
      { index: 0, kind: "meeting", at: daysAgo(-1), reason: "in_future" },
    ]);
  });

  it("counts a touch at exactly now at full weight", () => {
    expect(scoreOf([touch("meeting", 0)]).score).toBe(15);
  });

  it("puts a score on a band boundary in the higher band", () => {
    const config = withScoring({ engagement: { points: { call: 30, big: 60 }, capPerKind: 60 } });
    expect(scoreOf([touch("call", 0)], config).band).toBe(2);
    expect(scoreOf([touch("big", 0)], config).band).toBe(1);
    expect(scoreOf([touch("call", 1)], config).band).toBe(3);
  });

  it("scores no touches as zero, band 3", () => {
    expect(scoreOf([])).toEqual({ score: 0, band: 3, uncapped: 0, contributions: [], ignored: [] });
  });

  it("refuses a touch without a valid time, naming it", () => {
    const result = engagementScore([{ kind: "webinar", at: new Date("nope") }], T0, company);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_engagement_events");
    expect(result.error.message).toContain("[0].at");
  });

  it("refuses a touch without a kind", () => {
    const result = engagementScore([{ kind: "", at: T0 }], T0, company);
    expect(!result.ok && result.error.message).toContain("must name the kind of engagement");
  });

  it("refuses an invalid now", () => {
    const result = engagementScore([], new Date(Number.NaN), company);
    expect(!result.ok && result.error.code).toBe("invalid_now");
  });

  it("refuses a negative half-life", () => {
    const result = engagementScore(
      [],
      T0,
      handBuilt({ scoring: { engagement: { halfLifeDays: -1 } } }),
    );
    expect(!result.ok && result.error.code).toBe("invalid_scoring_config");
    expect(!result.ok && result.error.message).toContain(
      "scoring.engagement.halfLifeDays: must be more than 0 days",
    );
  });

  it("refuses a configuration that is missing or not an object, without throwing", () => {
    for (const broken of [undefined, null, [], "scoring"]) {
      const result = engagementScore([touch("webinar", 0)], T0, handBuilt(broken));
      expect(!result.ok && result.error.code).toBe("invalid_scoring_config");
    }
  });

  it("adds a company's points to the default table rather than replacing it", () => {
    const config = withScoring({ engagement: { points: { webinar: 20 } } });
    const engagement = scoreOf([touch("webinar", 0), touch("meeting", 0)], config);
    expect(engagement.score).toBe(20 + 15); // meeting keeps its default 15
    expect(engagement.ignored).toEqual([]);
  });

  it("counts nothing for a kind the company switched off with 0 points, and says so", () => {
    const config = withScoring({ engagement: { points: { email_open: 0 } } });
    const engagement = scoreOf([touch("email_open", 0), touch("webinar", 0)], config);
    expect(engagement.score).toBe(10);
    expect(engagement.contributions[0]).toEqual({
      kind: "email_open",
      events: 1,
      raw: 0,
      decayed: 0,
      capped: 0,
    });
  });

  describe("laws", () => {
    const kinds = [...Object.keys(scoring.engagement.points), "unknown_kind"];
    const anEvent = fc.record({
      kind: fc.constantFrom(...kinds),
      at: fc
        .integer({ min: -10 * MS_PER_DAY, max: 400 * MS_PER_DAY })
        .map((ageMs) => new Date(T0.getTime() - ageMs)),
    });
    const generousCaps = { engagement: { capPerKind: 1e9, capTotal: 1e9 } };
    const tightCaps = withScoring({ engagement: { capPerKind: 12, capTotal: 30 } });

    for (const [caps, config] of [
      ["before caps bite", withScoring(generousCaps)],
      ["when caps bite", tightCaps],
      ["with the default caps", company],
    ] as const) {
      it(`never lowers engagement when a touch is added, ${caps}`, () => {
        fc.assert(
          fc.property(
            fc.array(anEvent, { maxLength: 30 }),
            anEvent,
            fc.nat(),
            (events, extra, position) => {
              const at = position % (events.length + 1);
              const more = [...events.slice(0, at), extra, ...events.slice(at)];
              expect(scoreOf(more, config).score).toBeGreaterThanOrEqual(
                scoreOf(events, config).score,
              );
            },
          ),
        );
      });
    }

    it("halves a touch's weight at exactly one half-life", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 7300 }).map((quarterDays) => quarterDays / 4),
          fc.integer({ min: 1, max: 100 }),
          (halfLifeDays, points) => {
            const config = withScoring({
              engagement: { points: { touch: points }, halfLifeDays, ...generousCaps.engagement },
            });
            const at = new Date(T0.getTime() - halfLifeDays * MS_PER_DAY);
            expect(scoreOf([{ kind: "touch", at }], config).score).toBe(points / 2);
          },
        ),
      );
    });

    it("keeps the score within the total cap and each kind within its cap", () => {
      fc.assert(
        fc.property(fc.array(anEvent, { maxLength: 40 }), (events) => {
          const engagement = scoreOf(events, tightCaps);
          expect(engagement.score).toBeLessThanOrEqual(30);
          for (const c of engagement.contributions) expect(c.capped).toBeLessThanOrEqual(12);
        }),
      );
    });
  });
});

describe("engagement score on any input", () => {
  it("never throws: whatever each argument is, the answer is a Result", () => {
    fc.assert(
      fc.property(
        anythingOr([touch("webinar", 3)]),
        anythingOr(T0),
        anythingOr(company),
        (events, now, config) => {
          const result = engagementScore(
            events as EngagementEvent[],
            now as Date,
            config as Config,
          );
          expect(isResultShaped(result)).toBe(true);
        },
      ),
    );
  });
});
