import { describe, expect, it } from "vitest";
import { Lead } from "./entities/lead";
import { LifecycleStage } from "./entities/lifecycleStage";
import { Money } from "./entities/money";
import { domainError, err, ok } from "./result";
import { parseInput } from "./validation";

describe("input validation", () => {
  it("returns the parsed value when the input is good", () => {
    expect(parseInput(Money, { amountMinor: 1500, currency: "EUR" })).toEqual(
      ok({ amountMinor: 1500, currency: "EUR" }),
    );
  });

  it("names every wrong field and why in one sentence", () => {
    const result = parseInput(Money, { amountMinor: -1, currency: "euro" }, "deal amount");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_input");
    expect(result.error.message).toBe(
      "The deal amount is not valid — amountMinor: must be 0 or more; currency: must be a three-letter ISO 4217 code such as 'EUR'.",
    );
    expect(result.error.issues.map((i) => i.path)).toEqual(["amountMinor", "currency"]);
    expect(result.error.path).toEqual(["amountMinor"]);
  });

  it("describes nested and indexed paths the way a person reads them", () => {
    const result = parseInput(Money.array(), [{ amountMinor: 1, currency: "EUR" }, {}]);
    expect(!result.ok && result.error.issues[0]?.path).toBe("[1].amountMinor");
  });

  it("refuses input that makes the schema library itself throw, instead of crashing", () => {
    const hostile = { id: { length: Object.create(null) }, name: "x" };
    const result = parseInput(Lead, { ...hostile, createdAt: new Date(0) }, "lead");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("invalid_input");
  });

  it("never echoes a value it cannot print into a message", () => {
    const result = parseInput(LifecycleStage, Object.create(null));
    expect(!result.ok && result.error.message).toContain(
      "must be a lifecycle stage, one of subscriber",
    );
  });

  it("calls a wrong top-level value 'input'", () => {
    const result = parseInput(Money, "ten euros");
    expect(!result.ok && result.error.issues[0]?.path).toBe("input");
  });
});

describe("results", () => {
  it("builds errors with a code, a message and optional details", () => {
    expect(domainError("unknown_stage", "No stage 'x'.", { details: { stage: "x" } })).toEqual({
      code: "unknown_stage",
      message: "No stage 'x'.",
      details: { stage: "x" },
    });
    expect(err("e")).toEqual({ ok: false, error: "e" });
  });
});
