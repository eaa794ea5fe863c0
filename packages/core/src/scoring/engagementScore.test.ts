import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anEngagementEvent, T0 } from "../../test/builders";
import { defaultConfig } from "../config/config";
import { MS_PER_DAY } from "./engagementDecay";
import { type EngagementEvent, engagementScore } from "./engagementScore";

const scoring = defaultConfig().scoring;
const daysAgo = (days: number) => new Date(T0.getTime() - days * MS_PER_DAY);
const touch = (kind: string, days: number) => anEngagementEvent({ kind, at: daysAgo(days) });
const scoreOf = (events: EngagementEvent[], config: object = scoring) => {
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
    expect(scoreOf([touch("demo_request", 14)], { engagement: { halfLifeDays: 14 } }).score).toBe(
      12.5,
    );
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
    const config = { engagement: { points: { call: 30, big: 60 }, capPerKind: 60 } };
    expect(scoreOf([touch("call", 0)], config).band).toBe(2);
    expect(scoreOf([touch("big", 0)], config).band).toBe(1);
    expect(scoreOf([touch("call", 1)], config).band).toBe(3);
  });

  it("scores no touches as zero, band 3", () => {
    expect(scoreOf([])).toEqual({ score: 0, band: 3, uncapped: 0, contributions: [], ignored: [] });
  });

  it("refuses a touch without a valid time, naming it", () => {
    const result = engagementScore([{ kind: "webinar", at: new Date("nope") }], T0, scoring);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_engagement_events");
    expect(result.error.message).toContain("[0].at");
  });

  it("refuses a touch without a kind", () => {
    const result = engagementScore([{ kind: "", at: T0 }], T0, scoring);
    expect(!result.ok && result.error.message).toContain("must name the kind of engagement");
  });

  it("refuses an invalid now", () => {
    const result = engagementScore([], new Date(Number.NaN), scoring);
    expect(!result.ok && result.error.code).toBe("invalid_now");
  });

  it("refuses a negative half-life", () => {
    const result = engagementScore([], T0, { engagement: { halfLifeDays: -1 } });
    expect(!result.ok && result.error.code).toBe("invalid_scoring_config");
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
    const tightCaps = { engagement: { capPerKind: 12, capTotal: 30 } };

    for (const [caps, config] of [
      ["before caps bite", generousCaps],
      ["when caps bite", tightCaps],
      ["with the default caps", {}],
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
            const config = {
              engagement: { points: { touch: points }, halfLifeDays, ...generousCaps.engagement },
            };
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
