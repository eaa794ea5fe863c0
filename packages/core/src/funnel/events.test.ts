import { describe, expect, it } from "vitest";
import { T0 } from "../../test/builders";
import { FUNNEL_EVENT_TYPES, FunnelEvent } from "./events";

describe("funnel events", () => {
  it("lists every event type the union holds", () => {
    expect(FunnelEvent.options.map((o) => o.shape.type.value).sort()).toEqual(
      [...FUNNEL_EVENT_TYPES].sort(),
    );
  });

  it("reads an event back from plain data, as the outbox stores it", () => {
    const stored = {
      type: "owner_reassigned",
      at: T0,
      by: "user-root",
      record: { kind: "deal", id: "deal-1" },
      fromOwnerId: "user-ada",
      toOwner: { type: "queue", queue: "unassigned" },
      team: "sales",
      ruleId: null,
      explanation: ["No rule placed the record with an available person."],
      reason: "owner_left",
    };
    expect(FunnelEvent.parse(stored)).toEqual(stored);
  });

  it("refuses an event that is missing who made it happen", () => {
    const result = FunnelEvent.safeParse({
      type: "stage_reset",
      at: T0,
      record: { kind: "lead", id: "lead-1" },
      from: "customer",
      to: "lead",
      moveKind: "backward",
      reason: "wrong import",
      fromTeam: "service",
      toTeam: "marketing",
    });
    expect(result.success).toBe(false);
  });

  it("refuses a record kind the funnel does not own, naming the kinds it does", () => {
    const result = FunnelEvent.safeParse({
      type: "owner_reassigned",
      at: T0,
      by: "user-root",
      record: { kind: "activity", id: "act-1" },
      fromOwnerId: "user-ada",
      toOwner: { type: "queue", queue: "unassigned" },
      team: null,
      ruleId: null,
      explanation: [],
      reason: "owner_left",
    });
    expect(result.error?.issues[0]?.message).toBe(
      "unknown record kind 'activity'; use one of account, contact, lead, deal",
    );
  });
});
