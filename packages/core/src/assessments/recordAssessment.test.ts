import { describe, expect, it } from "vitest";
import { T0 } from "../../test/builders";
import { defaultConfig } from "../config/config";
import type { AssessmentInput } from "./assessment";
import { AssessmentEvent, recordAssessment } from "./recordAssessment";

const config = defaultConfig();
const later = new Date(T0.getTime() + 86_400_000);
const grade = (over: Partial<AssessmentInput>): AssessmentInput => ({
  id: "g-1",
  recordId: "acme",
  kind: "customer_grade",
  value: "A",
  authorId: "user-sue",
  team: "service",
  at: T0,
  ...over,
});

describe("recording an assessment", () => {
  it("keeps the new judgement beside the old and tells when the current value changes", () => {
    const result = recordAssessment(
      {
        assessment: grade({ id: "g-2", value: "C", at: later }),
        recorded: [grade({})],
        context: { stage: "customer" },
      },
      config,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.resolution.value).toBe("C");
    expect(result.value.resolution.recorded).toHaveLength(2);
    expect(result.value.event).toEqual({
      type: "assessment_recorded",
      at: later,
      by: "user-sue",
      assessmentId: "g-2",
      recordId: "acme",
      kind: "customer_grade",
      value: "C",
      team: "service",
      previousValue: "A",
      currentValue: "C",
      changed: true,
    });
    expect(AssessmentEvent.safeParse(result.value.event).success).toBe(true);
  });

  it("records a judgement that does not move the current value as unchanged", () => {
    // Sales is not the owner team of a customer, so its newer grade does not win.
    const result = recordAssessment(
      {
        assessment: grade({
          id: "g-2",
          value: "D",
          team: "sales",
          authorId: "user-ada",
          at: later,
        }),
        recorded: [grade({})],
        context: { ownerTeam: "service" },
      },
      config,
    );
    expect(result.ok && result.value.event).toMatchObject({
      previousValue: "A",
      currentValue: "A",
      changed: false,
    });
  });

  it("refuses a judgement off the scale, of an unknown kind, already recorded, or without an owner team", () => {
    const off = recordAssessment(
      { assessment: grade({ value: "Z" }), context: { ownerTeam: "service" } },
      config,
    );
    expect(!off.ok && off.error.code).toBe("value_off_scale");
    const kind = recordAssessment({ assessment: grade({ kind: "mood" }) }, config);
    expect(!kind.ok && kind.error.code).toBe("unknown_assessment_kind");
    const again = recordAssessment(
      { assessment: grade({}), recorded: [grade({})], context: { ownerTeam: "service" } },
      config,
    );
    expect(!again.ok && again.error.code).toBe("duplicate_assessment");
    const earlierBad = recordAssessment(
      {
        assessment: grade({ id: "g-2" }),
        recorded: [grade({ value: "Q" })],
        context: { ownerTeam: "service" },
      },
      config,
    );
    expect(!earlierBad.ok && earlierBad.error.code).toBe("value_off_scale");
    const noOwner = recordAssessment({ assessment: grade({}) }, config);
    expect(!noOwner.ok && noOwner.error.code).toBe("owner_team_required");
    expect(recordAssessment({ assessment: grade({}) }, "x" as never).ok).toBe(false);
    expect(recordAssessment({} as never, config).ok).toBe(false);
  });
});
