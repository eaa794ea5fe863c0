import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aLead, anEngagementEvent, anythingOr, isResultShaped, T0 } from "../../test/builders";
import { type Config, defaultConfig } from "../config/config";
import { MS_PER_DAY } from "./engagementDecay";
import type { EngagementEvent } from "./engagementScore";
import { type ScorableLeadInput, scoreLead } from "./scoreLead";

const config = defaultConfig();
const daysAgo = (days: number) => new Date(T0.getTime() - days * MS_PER_DAY);

describe("scoring a lead", () => {
  it("gives a great-fit lead with one old demo request A3", () => {
    const lead = aLead({
      id: "lead-1",
      industry: "software",
      sizeBand: "201-1000",
      seniority: "vp",
    });
    const scored = scoreLead(
      lead,
      [anEngagementEvent({ kind: "demo_request", at: daysAgo(30) })],
      T0,
      config,
    );
    expect(scored.ok).toBe(true);
    if (!scored.ok) return;
    expect(scored.value.leadId).toBe("lead-1");
    expect(scored.value.combined).toBe("A3");
    expect(scored.value.fit.points).toBe(65);
    expect(scored.value.engagement.score).toBe(12.5);
  });

  it("gives a good-fit lead who met sales and booked a demo this week B1", () => {
    const lead = aLead({
      industry: "manufacturing",
      seniority: "manager",
      department: "Operations",
    });
    const events = [
      anEngagementEvent({ kind: "demo_request", at: daysAgo(2) }),
      anEngagementEvent({ kind: "meeting", at: daysAgo(1) }),
      anEngagementEvent({ kind: "meeting", at: daysAgo(0) }),
      anEngagementEvent({ kind: "pricing_page", at: daysAgo(1) }),
    ];
    const scored = scoreLead(lead, events, T0, config);
    expect(scored.ok && scored.value.fit.points).toBe(40);
    expect(scored.ok && scored.value.combined).toBe("B1");
  });

  it("accepts a whole Lead record and reads only the fields it scores", () => {
    const scored = scoreLead(aLead({ source: "webinar", email: "a@b.co" }), [], T0, config);
    expect(scored.ok && scored.value.combined).toBe("D3");
  });

  it("refuses a lead without an id", () => {
    const noId = { industry: "software" } as unknown as { id: string };
    const scored = scoreLead(noId, [], T0, config);
    expect(scored.ok).toBe(false);
    if (scored.ok) return;
    expect(scored.error.code).toBe("invalid_lead");
    expect(scored.error.message).toContain("id");
  });

  it("refuses an unknown size band, naming the field", () => {
    const scored = scoreLead({ id: "l", sizeBand: "huge" as "5001+" }, [], T0, config);
    expect(!scored.ok && scored.error.issues[0]?.path).toBe("sizeBand");
  });

  it("refuses bad touches, a bad now and a bad configuration, each with its own code", () => {
    const lead = { id: "l" };
    const badEvents = scoreLead(
      lead,
      [{ kind: "webinar", at: "yesterday" as unknown as Date }],
      T0,
      config,
    );
    expect(!badEvents.ok && badEvents.error.code).toBe("invalid_engagement_events");
    expect(scoreLead(lead, [], new Date(Number.NaN), config)).toMatchObject({
      ok: false,
      error: { code: "invalid_now" },
    });
    const badConfig = { scoring: { engagement: { capTotal: 0 } } } as unknown as Config;
    expect(scoreLead(lead, [], T0, badConfig)).toMatchObject({
      ok: false,
      error: { code: "invalid_scoring_config" },
    });
    expect(scoreLead(lead, [], T0, null as unknown as Config)).toMatchObject({
      ok: false,
      error: { code: "invalid_scoring_config" },
    });
  });
});

describe("scoring a lead on any input", () => {
  it("never throws: whatever each argument is, the answer is a Result", () => {
    fc.assert(
      fc.property(
        anythingOr({ id: "lead-1", industry: "software" }),
        anythingOr([anEngagementEvent({ kind: "meeting", at: daysAgo(2) })]),
        anythingOr(T0),
        anythingOr(config),
        (lead, events, now, company) => {
          const scored = scoreLead(
            lead as ScorableLeadInput,
            events as EngagementEvent[],
            now as Date,
            company as Config,
          );
          expect(isResultShaped(scored)).toBe(true);
        },
      ),
    );
  });
});
