import { describe, expect, it } from "vitest";
import { aFunnelCompany, aLead, T0 } from "../../test/builders";
import { defaultConfig } from "../config/config";
import { moveLifecycleStage } from "../funnel/lifecycleMove";
import { recycleLead } from "../qualification/recycleLead";
import { DOMAIN_EVENT_TYPES, DomainEvent } from "./domainEvent";

describe("domain events", () => {
  const { people } = aFunnelCompany();
  const config = defaultConfig();

  it("reads back, typed, the funnel and qualification events after a trip through JSON", () => {
    const moved = moveLifecycleStage(
      {
        kind: "lead",
        record: aLead({ lifecycleStage: "lead" }),
        to: "mql",
        by: people.mia,
        at: T0,
      },
      config,
    );
    const recycled = recycleLead(
      {
        lead: aLead({ lifecycleStage: "mql" }),
        actor: people.ada,
        reasonCode: "bad_timing",
        at: T0,
      },
      config,
    );
    if (!moved.ok || !recycled.ok) throw new Error("expected both decisions to succeed");
    for (const event of [moved.value.event, recycled.value.event]) {
      const stored = JSON.parse(JSON.stringify(event), (_, v) =>
        typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v,
      );
      expect(DomainEvent.parse(stored)).toEqual(event);
    }
  });

  it("has one type per event schema", () => {
    expect(new Set(DOMAIN_EVENT_TYPES).size).toBe(DomainEvent.options.length);
  });
});
