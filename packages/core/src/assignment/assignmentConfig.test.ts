import { describe, expect, it } from "vitest";
import { parseInput } from "../validation";
import { AssignmentConfig } from "./assignmentConfig";

const parse = (input: unknown) => parseInput(AssignmentConfig, input, "assignment configuration");
const toAda = { type: "user", userId: "user-ada" } as const;

describe("assignment configuration", () => {
  it("defaults to no rules and the 'unassigned' queue", () => {
    expect(parse({})).toEqual({
      ok: true,
      value: { rules: [], fallbackQueue: "unassigned", fallbackQueues: {} },
    });
  });

  it("keeps per-team fallback queues and rules for one team", () => {
    const parsed = parse({
      rules: [{ id: "r1", name: "Sales", target: toAda, forTeam: "sales" }],
      fallbackQueues: { sales: "sales-inbox" },
    });
    expect(parsed.ok && parsed.value.fallbackQueues.sales).toBe("sales-inbox");
    expect(parsed.ok && parsed.value.rules[0]?.forTeam).toBe("sales");
  });

  it("refuses a size band or country a record can never have, naming where", () => {
    const parsed = parse({
      rules: [
        {
          id: "r1",
          name: "Big",
          when: {
            all: [
              { field: "sizeBand", in: ["huge"] },
              { field: "country", notIn: ["Germany"] },
            ],
          },
          target: toAda,
        },
      ],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain("rules[0].when.all[0].in[0]: 'huge' is not a size band");
    expect(parsed.error.message).toContain(
      "rules[0].when.all[1].notIn[0]: 'Germany' is not a two-letter ISO country code",
    );
  });

  it("accepts size bands and countries in any case", () => {
    const when = {
      all: [
        { field: "sizeBand", in: ["5001+"] },
        { field: "country", in: ["de"] },
      ],
    };
    expect(parse({ rules: [{ id: "r1", name: "Big", when, target: toAda }] }).ok).toBe(true);
  });

  it("refuses a round-robin with neither users nor a team", () => {
    const parsed = parse({ rules: [{ id: "r1", name: "RR", target: { type: "round_robin" } }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain("needs userIds, a teamId, or both");
  });

  it("refuses weights that are empty or not whole numbers", () => {
    const empty = parse({
      rules: [{ id: "r1", name: "W", target: { type: "weighted", weights: {} } }],
    });
    expect(!empty.ok && empty.error.message).toContain("must weight at least one user");
    const fractional = parse({
      rules: [{ id: "r1", name: "W", target: { type: "weighted", weights: { a: 1.5 } } }],
    });
    expect(!fractional.ok && fractional.error.message).toContain("must be a whole number");
  });

  it("refuses two rules with the same id, since they would share a rotation", () => {
    const parsed = parse({
      rules: [
        { id: "r1", name: "A", target: toAda },
        { id: "r1", name: "B", target: toAda },
      ],
    });
    expect(!parsed.ok && parsed.error.message).toContain("rules[1].id: rule id 'r1' is used twice");
  });
});

describe("assignment configuration messages", () => {
  const messagesOf = (input: unknown) => {
    const parsed = parse(input);
    return parsed.ok ? [] : parsed.error.issues.map((i) => `${i.path}: ${i.message}`);
  };
  const rule = (over: Record<string, unknown>) => ({ id: "r1", name: "R", target: toAda, ...over });

  it.each([
    [
      { rules: [rule({ target: { type: "weighted", weights: { a: 0 } } })] },
      "rules[0].target.weights.a: must be more than 0",
    ],
    [
      { rules: [rule({ target: { type: "weighted", weights: { a: "2" } } })] },
      "rules[0].target.weights.a: must be a whole number such as 1 or 3",
    ],
    [
      { rules: [rule({ target: { type: "carrier_pigeon" } })] },
      "rules[0].target.type: unknown target type 'carrier_pigeon'; use one of user, round_robin, weighted",
    ],
    [{ rules: [rule({ name: "" })] }, "rules[0].name: must name the rule"],
    [
      { rules: [rule({ when: { country: "DE" } })] },
      "rules[0].when: must be a condition: { field, in: [...] }, { field, notIn: [...] }, { all: [...] }, { any: [...] } or { namedAccounts: [...] }",
    ],
    [
      { rules: [rule({ target: { userId: "user-ada" } })] },
      "rules[0].target.type: must say its type, one of user, round_robin, weighted",
    ],
    [
      { rules: [rule({ when: { field: "country", in: [] } })] },
      "rules[0].when.in: must list at least one value",
    ],
    [
      { rules: [rule({ when: { field: "city", in: ["Berlin"] } })] },
      "rules[0].when: unknown territory field 'city'; use one of industry, region, country, sizeBand",
    ],
    [
      { rules: [rule({ target: { type: "round_robin", userIds: [] } })] },
      "rules[0].target.userIds: must list at least one user",
    ],
    [{ fallbackQueue: "  " }, "fallbackQueue: must name a queue, such as 'unassigned'"],
    [
      { fallbackQueues: { sales: "" } },
      "fallbackQueues.sales: must name a queue, such as 'sales-inbox'",
    ],
  ])("explains %j in words a person can act on", (input, message) => {
    expect(messagesOf(input)).toContain(message);
  });
});
