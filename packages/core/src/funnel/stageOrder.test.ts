import { describe, expect, it } from "vitest";
import { LIFECYCLE_STAGES, type LifecycleStage } from "../entities/lifecycleStage";
import { ok } from "../result";
import {
  LIFECYCLE_MOVES_WITHOUT_RESET,
  type LifecycleMoveKind,
  lifecycleMoveKind,
  lifecycleStageGroup,
} from "./stageOrder";

describe("lifecycle stage order", () => {
  it.each<[LifecycleStage, LifecycleStage, LifecycleMoveKind]>([
    ["lead", "mql", "forward"],
    ["subscriber", "opportunity", "forward"],
    ["customer", "evangelist", "forward"],
    ["sql", "lead", "backward"],
    ["evangelist", "customer", "backward"],
    ["churned", "lead", "backward"],
    ["mql", "disqualified", "exit"],
    ["opportunity", "recycled", "exit"],
    ["lead", "other", "exit"],
    ["recycled", "disqualified", "exit"],
    ["other", "recycled", "exit"],
    ["recycled", "lead", "re_entry"],
    ["recycled", "mql", "re_entry"],
    ["other", "sql", "re_entry"],
    ["recycled", "customer", "re_entry"],
    ["disqualified", "customer", "re_entry"],
    ["customer", "churned", "churn"],
    ["evangelist", "churned", "churn"],
    ["churned", "customer", "win_back"],
    ["churned", "evangelist", "off_path"],
    ["customer", "disqualified", "off_path"],
    ["customer", "recycled", "off_path"],
    ["disqualified", "lead", "off_path"],
    ["disqualified", "recycled", "off_path"],
    ["recycled", "evangelist", "off_path"],
    ["lead", "churned", "off_path"],
    ["churned", "other", "off_path"],
    ["mql", "mql", "unchanged"],
  ])("calls a move from %s to %s %s", (from, to, kind) => {
    expect(lifecycleMoveKind(from, to)).toEqual(ok(kind));
  });

  it("lets only backward and off-path moves need a reset", () => {
    const needReset = LIFECYCLE_STAGES.flatMap((from) =>
      LIFECYCLE_STAGES.map((to) => lifecycleMoveKind(from, to)),
    ).filter(
      (r) =>
        r.ok &&
        r.value !== "unchanged" &&
        !(LIFECYCLE_MOVES_WITHOUT_RESET as readonly string[]).includes(r.value),
    );
    expect(new Set(needReset.map((r) => r.ok && r.value))).toEqual(
      new Set(["backward", "off_path"]),
    );
  });

  it("never lets a customer fall back before customer without a reset", () => {
    for (const from of ["customer", "evangelist", "churned"] as const) {
      for (const to of LIFECYCLE_STAGES) {
        const kind = lifecycleMoveKind(from, to);
        const free =
          kind.ok && (LIFECYCLE_MOVES_WITHOUT_RESET as readonly string[]).includes(kind.value);
        if (free) expect(["customer", "evangelist", "churned"]).toContain(to);
      }
    }
  });

  it("refuses an unknown stage, naming the stages there are", () => {
    const result = lifecycleMoveKind("lead", "wonn" as LifecycleStage);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_input");
    expect(result.error.message).toContain("unknown lifecycle stage 'wonn'");
    expect(result.error.message).toContain("subscriber, lead, mql");
  });

  it("places every stage in a group", () => {
    expect(LIFECYCLE_STAGES.map(lifecycleStageGroup)).toEqual([
      "pre_customer",
      "pre_customer",
      "pre_customer",
      "pre_customer",
      "pre_customer",
      "customer",
      "customer",
      "disqualified",
      "parked",
      "churned",
      "parked",
    ]);
  });
});
