import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aLead, anyValue, aTeam, aUser, T0 } from "../../test/builders";
import {
  defaultConfig,
  FUNNEL_STAGES,
  LIFECYCLE_STAGES,
  type LifecycleStage,
  QUALIFICATION_ERROR_CODES,
  QualificationDecision,
  QualificationEvent,
  ROLES,
} from "../index";
import { acceptLead } from "./acceptLead";
import { disqualifyLead } from "./disqualifyLead";
import { evaluateMql } from "./mqlEvaluation";
import { qualifyLead } from "./qualifyLead";
import { recycleLead } from "./recycleLead";

const config = defaultConfig();
const sales = aTeam({ id: "team-sales", function: "sales" });
const marketing = aTeam({ id: "team-mkt", function: "marketing" });

/** Where a stage sits on the forward path; `recycled` is back in nurture, level with `lead`. */
const rank = (stage: LifecycleStage): number | null =>
  stage === "recycled"
    ? FUNNEL_STAGES.indexOf("lead")
    : (FUNNEL_STAGES as readonly string[]).includes(stage)
      ? (FUNNEL_STAGES as readonly string[]).indexOf(stage)
      : null;

const anyDecision = fc.record({
  stage: fc.constantFrom(...LIFECYCLE_STAGES),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1 }),
  teamId: fc.constantFrom(sales.id, marketing.id, null),
  active: fc.boolean(),
  kind: fc.constantFrom("mql", "sql_accepted", "recycled", "disqualified"),
  metCount: fc.integer({ min: 0, max: 4 }),
  override: fc.boolean(),
  note: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  reasonCode: fc.constantFrom("bad_timing", "spam", "nurture", "competitor", "unknown_code"),
  engagement: fc.integer({ min: 0, max: 100 }),
  at: fc.date({ min: T0, max: new Date("2027-01-01T00:00:00Z"), noInvalidDate: true }),
});

type DecisionCase = typeof anyDecision extends fc.Arbitrary<infer V> ? V : never;

const run = (d: DecisionCase) => {
  const lead = aLead({ lifecycleStage: d.stage });
  const actor = aUser({ roles: d.roles, teamId: d.teamId, active: d.active });
  const base = { lead, actor, at: d.at, note: d.note };
  switch (d.kind) {
    case "mql":
      return qualifyLead(
        { lead, signals: { fitGrade: "A", engagement: d.engagement }, by: actor.id, at: d.at },
        config,
      );
    case "sql_accepted":
      return acceptLead(
        {
          ...base,
          teams: [sales, marketing],
          override: d.override,
          criteria: Object.fromEntries(
            config.qualification.sql.criteria.map((name, i) => [name, { met: i < d.metCount }]),
          ),
        },
        config,
      );
    case "recycled":
      return recycleLead({ ...base, reasonCode: d.reasonCode }, config);
    default:
      return disqualifyLead({ ...base, reasonCode: d.reasonCode }, config);
  }
};

describe("qualification laws", () => {
  it("every decision records who, when and why, and its event says the same", () => {
    fc.assert(
      fc.property(anyDecision, (d) => {
        const result = run(d);
        if (!result.ok) {
          expect(result.error.message.length).toBeGreaterThan(0);
          return;
        }
        const { decision, event } = result.value;
        expect(QualificationDecision.safeParse(decision).success).toBe(true);
        expect(QualificationEvent.safeParse(event).success).toBe(true);
        expect(decision.at).toEqual(d.at);
        expect(decision.by.length).toBeGreaterThan(0);
        expect(decision.reasons.length).toBeGreaterThan(0);
        expect(decision.kind).toBe(d.kind);
        expect(event).toMatchObject({
          at: decision.at,
          by: decision.by,
          leadId: decision.leadId,
          from: decision.from,
          to: decision.to,
        });
        if (decision.kind === "recycled" || decision.kind === "disqualified")
          expect(decision.reasonCode).toBe(d.reasonCode);
        if (decision.kind === "sql_accepted") expect(decision.criteria).toHaveLength(4);
      }),
      { numRuns: 500 },
    );
  });

  it("the generated cases reach every kind of decision, so the laws are not vacuous", () => {
    const kinds = new Set<string>();
    for (const d of fc.sample(anyDecision, { numRuns: 2000, seed: 7 })) {
      const result = run(d);
      if (result.ok) kinds.add(result.value.decision.kind);
    }
    expect([...kinds].sort()).toEqual(["disqualified", "mql", "recycled", "sql_accepted"]);
  });

  it("no decision moves a lead backwards except a recycle, which goes to recycled", () => {
    fc.assert(
      fc.property(anyDecision, (d) => {
        const result = run(d);
        if (!result.ok) return;
        const { kind, from, to } = result.value.decision;
        if (kind === "recycled") {
          expect(to).toBe("recycled");
          return;
        }
        if (to === "disqualified") return;
        const before = rank(from);
        const after = rank(to);
        expect(before).not.toBeNull();
        expect(after).not.toBeNull();
        expect(after ?? -1).toBeGreaterThan(before ?? Number.POSITIVE_INFINITY);
      }),
      { numRuns: 500 },
    );
  });

  it("an inactive user never takes a decision", () => {
    fc.assert(
      fc.property(anyDecision, (d) => {
        if (d.kind === "mql") return;
        expect(run({ ...d, active: false }).ok).toBe(false);
      }),
    );
  });

  describe("for any input at all", () => {
    const anything = anyValue;
    const codes = new Set<string>(QUALIFICATION_ERROR_CODES);
    const rep = aUser({ roles: ["rep"], teamId: sales.id });

    /** A valid call of each decision, so replacing one part of it reaches every check. */
    const valid = {
      evaluateMql: { fitGrade: "A", engagement: 55, events: [{ kind: "demo_request", at: T0 }] },
      qualifyLead: {
        lead: aLead(),
        signals: { fitGrade: "A", engagement: 55 },
        by: "mql-automation",
        at: T0,
      },
      acceptLead: {
        lead: aLead({ lifecycleStage: "mql" }),
        actor: rep,
        teams: [sales],
        criteria: { budget: { met: true }, authority: { met: true }, need: { met: true } },
        at: T0,
      },
      recycleLead: {
        lead: aLead({ lifecycleStage: "mql" }),
        actor: rep,
        reasonCode: "nurture",
        at: T0,
      },
      disqualifyLead: { lead: aLead(), actor: rep, reasonCode: "spam", at: T0 },
    } as const;
    type Decision = keyof typeof valid;
    const decide = (which: Decision, input: unknown, cfg: unknown) => {
      const [i, c] = [input, cfg] as [never, never];
      return {
        evaluateMql: () => evaluateMql(i, c),
        qualifyLead: () => qualifyLead(i, c),
        acceptLead: () => acceptLead(i, c),
        recycleLead: () => recycleLead(i, c),
        disqualifyLead: () => disqualifyLead(i, c),
      }[which]();
    };
    const isResult = (result: ReturnType<typeof decide>) =>
      result.ok
        ? result.value !== undefined
        : codes.has(result.error.code) && result.error.message.length > 0;
    const decision = fc.constantFrom(...(Object.keys(valid) as Decision[]));

    it("the valid calls succeed, so the replacements below test the checks", () => {
      for (const which of Object.keys(valid) as Decision[])
        expect(decide(which, valid[which], config).ok).toBe(true);
    });

    it("every decision returns a Result whatever the input and configuration", () => {
      fc.assert(
        fc.property(decision, anything, anything, (which, input, cfg) => {
          expect(isResult(decide(which, input, cfg))).toBe(true);
          expect(isResult(decide(which, input, config))).toBe(true);
        }),
        { numRuns: 500 },
      );
    });

    it("every decision returns a Result when one field of a valid input is anything", () => {
      const oneField = decision.chain((which) =>
        fc.tuple(fc.constant(which), fc.constantFrom(...Object.keys(valid[which]))),
      );
      fc.assert(
        fc.property(oneField, anything, ([which, key], value) => {
          const input = { ...valid[which], [key]: value };
          expect(isResult(decide(which, input, config))).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });

    it("every decision returns a Result when a field of the lead, the user or the signals is anything", () => {
      const place = fc.constantFrom(
        ["lead", "lifecycleStage"],
        ["lead", "id"],
        ["lead", "ownerId"],
        ["actor", "roles"],
        ["actor", "active"],
        ["actor", "teamId"],
        ["signals", "fitGrade"],
        ["signals", "engagement"],
        ["signals", "events"],
      );
      fc.assert(
        fc.property(decision, place, anything, (which, [part, key], value) => {
          const input: Record<string, unknown> = { ...valid[which] };
          const inner = input[part];
          if (typeof inner !== "object" || inner === null) return;
          input[part] = { ...inner, [key]: value };
          expect(isResult(decide(which, input, config))).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
