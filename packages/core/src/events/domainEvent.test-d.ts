import { match } from "ts-pattern";
import { describe, expectTypeOf, it } from "vitest";
import type { DOMAIN_EVENT_TYPES, DomainEvent, DomainEventType } from "./domainEvent";

describe("domain events", () => {
  it("lists every event type once, and only those", () => {
    expectTypeOf<(typeof DOMAIN_EVENT_TYPES)[number]>().toEqualTypeOf<DomainEventType>();
  });

  it("lets a consumer narrow an event by its type", () => {
    const recordOf = (event: DomainEvent) =>
      match(event)
        .with({ type: "handed_off" }, (e) => e.toTeam)
        .with({ type: "lead_accepted" }, (e) => e.criteriaMet.join(","))
        .otherwise((e) => e.type);
    expectTypeOf(recordOf).returns.toEqualTypeOf<string>();
  });
});
