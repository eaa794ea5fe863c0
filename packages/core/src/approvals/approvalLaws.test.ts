import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anApprovalCompany,
  anythingOr,
  isResultShaped,
  someApprovalTerms,
  T0,
} from "../../test/builders";
import type { Config } from "../config/config";
import { applyApprovalCommand } from "./applyApprovalCommand";
import type { ApprovalCommandInput } from "./approvalCommand";
import { ApprovalEvent } from "./approvalEvents";
import { replayApprovalEvents } from "./approvalReplay";
import { ApprovalState } from "./approvalState";
import { approvalSteps } from "./approvalSteps";

const company = anApprovalCompany();
const unanimous = anApprovalCompany({
  steps: [
    { id: "sales_manager", name: "Sales manager", approvers: [{ type: "team_manager" }] },
    {
      id: "committee",
      name: "Deal committee",
      mode: "unanimous",
      approvers: [
        { type: "role", role: "leadership" },
        { type: "role", role: "finance" },
      ],
    },
  ],
  rules: [
    {
      id: "discount",
      name: "Discount of 10% or more",
      when: [{ kind: "discount_at_least", percent: 10 }],
      steps: ["sales_manager", "committee"],
    },
  ],
}).config;
const { directory } = company;
const actorIds = [...company.users.map((u) => u.id), "user-ghost"];
const actor = fc.constantFrom(...actorIds);
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

/** A command without its time; the scenario gives each one a time after the previous. */
const aCommand = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant("decide" as const),
      by: actor,
      decision: fc.constantFrom("approve" as const, "approve" as const, "reject" as const),
      comment: fc.option(fc.constantFrom("fine", "too deep", " "), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("delegate" as const),
      by: actor,
      to: actor,
      startIn: fc.integer({ min: -5, max: 30 }),
      lasts: fc.integer({ min: -1, max: 100 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("escalate" as const),
      by: fc.constant("job-approvals"),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("recall" as const), by: actor }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("expire" as const),
      by: fc.constant("job-approvals"),
    }),
  },
);

const aScenario = fc.record({
  config: fc.constantFrom<Config>(company.config, unanimous),
  requesterId: fc.constantFrom(...company.users.map((u) => u.id)),
  terms: fc.record({
    discountPercent: fc.constantFrom(0, 10, 15, 20, 25, 30, 50),
    contractValue: fc
      .constantFrom(1_000_000, 5_000_000, 30_000_000)
      .map((amountMinor) => ({ amountMinor, currency: "EUR" })),
    nonStandardTerms: fc.option(fc.constant("Custom liability cap"), { nil: null }),
    paymentTermsDays: fc.constantFrom(15, 30, 60),
  }),
  steps: fc.array(fc.tuple(aCommand, fc.integer({ min: -1, max: 400 })), { maxLength: 14 }),
});

type Scenario = typeof aScenario extends fc.Arbitrary<infer S> ? S : never;

/** Every command applied in turn, with what each one returned. */
const play = (s: Scenario) => {
  const request: ApprovalCommandInput = {
    type: "request",
    requestId: "apr-law",
    by: s.requesterId,
    at: T0,
    deal: { id: "deal-law", name: "Law & Order" },
    terms: someApprovalTerms(s.terms),
  };
  const first = applyApprovalCommand(null, request, directory, s.config);
  if (!first.ok) return null;
  let state = first.value.state;
  const events = [...first.value.events];
  const history: {
    before: ApprovalState | null;
    result: ReturnType<typeof applyApprovalCommand>;
  }[] = [{ before: null, result: first }];
  let hours = 0;
  for (const [command, step] of s.steps) {
    hours += step;
    const issued: ApprovalCommandInput =
      command.type === "delegate"
        ? {
            type: "delegate",
            by: command.by,
            to: command.to,
            at: at(hours),
            start: at(hours + command.startIn),
            end: at(hours + command.startIn + command.lasts),
          }
        : { ...command, at: at(hours) };
    const result = applyApprovalCommand(state, issued, directory, s.config);
    history.push({ before: state, result });
    if (result.ok) {
      state = result.value.state;
      events.push(...result.value.events);
    }
  }
  return { state, events, history, requesterId: s.requesterId };
};

const isFinal = (e: ApprovalEvent) =>
  (e.type === "approval_requested" && e.autoApproved) ||
  (e.type === "approval_decided" && e.requestStatus !== "pending") ||
  e.type === "approval_recalled" ||
  e.type === "approval_expired";

describe("approval laws", () => {
  it("a request gets at most one final decision, and its events say so", () => {
    fc.assert(
      fc.property(aScenario, (s) => {
        const played = play(s);
        if (!played) return;
        const finals = played.events.filter(isFinal);
        expect(finals.length).toBeLessThanOrEqual(1);
        expect(finals.length === 1).toBe(played.state.status !== "pending");
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("no request is ever approved, even in part, by its requester", () => {
    fc.assert(
      fc.property(aScenario, (s) => {
        const played = play(s);
        if (!played) return;
        const { state, events, requesterId } = played;
        for (const e of events)
          if (e.type === "approval_decided") expect(e.by).not.toBe(requesterId);
        for (const seat of state.steps.flatMap((step) => step.seats)) {
          expect(seat.approverId).not.toBe(requesterId);
          expect(seat.decision?.by).not.toBe(requesterId);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("a final state never changes: every later command is refused as not pending", () => {
    fc.assert(
      fc.property(aScenario, (s) => {
        const played = play(s);
        if (!played) return;
        for (const { before, result } of played.history) {
          if (before === null || before.status === "pending") continue;
          expect(result).toMatchObject({ ok: false, error: { code: "not_pending" } });
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("every event sequence replays to the same state, and every event and state is well formed", () => {
    fc.assert(
      fc.property(aScenario, (s) => {
        const played = play(s);
        if (!played) return;
        expect(replayApprovalEvents(played.events)).toEqual({ ok: true, value: played.state });
        for (const e of played.events) expect(ApprovalEvent.safeParse(e).success).toBe(true);
        expect(ApprovalState.safeParse(played.state).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("an approved request has every step approved; a rejected one has exactly one rejected step", () => {
    fc.assert(
      fc.property(aScenario, (s) => {
        const played = play(s);
        if (!played) return;
        const statuses = played.state.steps.map((step) => step.status);
        if (played.state.status === "approved")
          expect(statuses.every((x) => x === "approved")).toBe(true);
        if (played.state.status === "rejected")
          expect(statuses.filter((x) => x === "rejected")).toHaveLength(1);
        if (played.state.status !== "pending") expect(statuses).not.toContain("pending");
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("the generated scenarios reach every status and every event, so the laws are not vacuous", () => {
    const statuses = new Set<string>();
    const types = new Set<string>();
    for (const s of fc.sample(aScenario, { numRuns: 400, seed: 11 })) {
      const played = play(s);
      if (!played) continue;
      statuses.add(played.state.status);
      for (const e of played.events) types.add(e.type);
    }
    expect([...statuses].sort()).toEqual([
      "approved",
      "expired",
      "pending",
      "recalled",
      "rejected",
    ]);
    expect(types.size).toBe(7);
  }, 30_000);
});

describe("any input gets a Result, never an exception", () => {
  const request: ApprovalCommandInput = {
    type: "request",
    requestId: "apr-x",
    by: "user-ada",
    at: T0,
    deal: { id: "deal-x", name: "X" },
    terms: someApprovalTerms({ discountPercent: 30 }),
  };
  const started = applyApprovalCommand(null, request, directory, company.config);
  const state = started.ok ? started.value.state : null;
  const decide: ApprovalCommandInput = {
    type: "decide",
    by: "user-sol",
    at: at(1),
    decision: "approve",
  };

  it("from applyApprovalCommand", () => {
    fc.assert(
      fc.property(
        anythingOr(state),
        fc.oneof(anythingOr(request), anythingOr(decide)),
        anythingOr(directory),
        anythingOr(company.config),
        (st, command, context, config) =>
          isResultShaped(
            applyApprovalCommand(st as never, command as never, context as never, config as Config),
          ),
      ),
    );
  });

  it("from approvalSteps", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anythingOr({ ...directory, requesterId: "user-ada", terms: someApprovalTerms() }),
          fc.record({
            users: anythingOr(directory.users),
            teams: anythingOr(directory.teams),
            requesterId: anythingOr("user-ada"),
            terms: anythingOr(someApprovalTerms()),
          }),
        ),
        anythingOr(company.config),
        (input, config) => isResultShaped(approvalSteps(input as never, config as Config)),
      ),
    );
  });

  it("from replayApprovalEvents", () => {
    const events = started.ok ? started.value.events : [];
    fc.assert(
      fc.property(fc.oneof(anythingOr(events), fc.array(anythingOr(events[0]))), (input) =>
        isResultShaped(replayApprovalEvents(input)),
      ),
    );
  });
});
