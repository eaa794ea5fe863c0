import { match } from "ts-pattern";
import { describe, expectTypeOf, it } from "vitest";
import type { LifecycleStage } from "../entities/lifecycleStage";
import type { TeamFunction } from "../entities/role";
import type { FUNNEL_EVENT_TYPES, FunnelEvent, FunnelEventType } from "./events";
import type { LifecycleMoveKind } from "./stageOrder";

describe("lifecycle stages, as types", () => {
  it("compile in an exhaustive match that names every stage", () => {
    const team = (stage: LifecycleStage) =>
      match(stage)
        .with("subscriber", "lead", "mql", "recycled", "disqualified", () => "marketing" as const)
        .with("sql", "opportunity", () => "sales" as const)
        .with("customer", "evangelist", "churned", () => "service" as const)
        .with("other", () => null)
        .exhaustive();
    expectTypeOf(team).returns.toEqualTypeOf<"marketing" | "sales" | "service" | null>();
    expectTypeOf(team).returns.toExtend<TeamFunction | null>();
  });

  it("do not compile in a match that forgets a stage", () => {
    const forgetful = (stage: LifecycleStage) =>
      match(stage)
        .with("subscriber", "lead", "mql", "recycled", "disqualified", () => "marketing")
        .with("sql", "opportunity", () => "sales")
        .with("customer", "evangelist", "churned", () => "service")
        // @ts-expect-error 'other' is not handled, so the match is not exhaustive
        .exhaustive();
    expectTypeOf(forgetful).parameter(0).toEqualTypeOf<LifecycleStage>();
  });

  it("reject a stage that does not exist", () => {
    // @ts-expect-error 'won' is a pipeline stage, not a lifecycle stage
    const stage: LifecycleStage = "won";
    expectTypeOf(stage).toEqualTypeOf<LifecycleStage>();
  });
});

describe("funnel events, as types", () => {
  it("list every event type once", () => {
    expectTypeOf<(typeof FUNNEL_EVENT_TYPES)[number]>().toEqualTypeOf<FunnelEventType>();
  });

  it("narrow by type to the event's own fields", () => {
    const slaOf = (event: FunnelEvent) =>
      match(event)
        .with({ type: "handed_off" }, (e) => e.slaDueAt)
        .otherwise(() => null);
    expectTypeOf(slaOf).returns.toEqualTypeOf<Date | null>();
  });

  it("name every kind of lifecycle move", () => {
    expectTypeOf<LifecycleMoveKind>().toEqualTypeOf<
      "unchanged" | "forward" | "exit" | "re_entry" | "churn" | "win_back" | "backward" | "off_path"
    >();
  });
});
