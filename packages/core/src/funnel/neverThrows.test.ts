import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aContact,
  aDeal,
  aFunnelCompany,
  aLead,
  anAccount,
  anythingOr,
  isResultShaped,
  T0,
} from "../../test/builders";
import { emptyRotationState } from "../assignment/rotationState";
import type { Config } from "../config/config";
import { closeDealWon } from "./closeDealWon";
import { moveDeal } from "./dealMove";
import { planHandOff } from "./handOff";
import { moveLifecycleStage } from "./lifecycleMove";

const { people, users, teams, config } = aFunnelCompany();

/** `valid`, or any value at all. */
const anyOr = (valid: unknown) => anythingOr(valid);

/** Any value, or `valid` with one field replaced by any value, so checks past the first are reached. */
const anyInputLike = (valid: Record<string, unknown>) =>
  fc.oneof(
    anyOr(valid),
    fc
      .tuple(fc.constantFrom(...Object.keys(valid)), anyOr(undefined))
      .map(([key, value]) => ({ ...valid, [key]: value })),
  );

const lifecycleInput = {
  kind: "lead",
  record: aLead({ lifecycleStage: "mql" }),
  to: "sql",
  by: people.ada,
  at: T0,
};
const handOffInput = {
  kind: "lead",
  record: aLead({ ownerId: people.mia.id }),
  from: "mql",
  to: "sql",
  by: people.mia,
  at: T0,
  users,
  teams,
  assignedToday: {},
  rotation: emptyRotationState(),
};
const account = anAccount({ id: "acct-acme", lifecycleStage: "opportunity" });
const contact = aContact({ id: "contact-1", accountId: account.id });
const deal = aDeal({ accountId: account.id, stage: "negotiation", contactIds: [contact.id] });
const closeInput = {
  deal,
  account,
  contacts: [contact],
  by: people.ada,
  at: T0,
  users,
  teams,
  assignedToday: {},
  rotation: emptyRotationState(),
};
const aConfig = anyOr(config);

describe("any input gets a Result, never an exception", () => {
  it("from moveLifecycleStage", () => {
    fc.assert(
      fc.property(anyInputLike(lifecycleInput), aConfig, (input, company) =>
        isResultShaped(moveLifecycleStage(input as never, company as Config)),
      ),
    );
  });

  it("from planHandOff", () => {
    fc.assert(
      fc.property(anyInputLike(handOffInput), aConfig, (input, company) =>
        isResultShaped(planHandOff(input as never, company as Config)),
      ),
    );
  });

  it("from moveDeal", () => {
    fc.assert(
      fc.property(
        anyOr(deal),
        anyOr("proposal"),
        anyInputLike({ by: people.ada, at: T0 }),
        aConfig,
        (d, to, options, company) =>
          isResultShaped(moveDeal(d as never, to as never, options as never, company as Config)),
      ),
    );
  });

  it("from closeDealWon", () => {
    fc.assert(
      fc.property(anyInputLike(closeInput), aConfig, (input, company) =>
        isResultShaped(closeDealWon(input as never, company as Config)),
      ),
    );
  });

  it("including for a record kind that cannot even be turned into text", () => {
    for (const kind of [Object.create(null), { toString: 1, valueOf: 2 }, [{ toString: "" }]]) {
      const moved = moveLifecycleStage({ ...lifecycleInput, kind } as never, config);
      expect(!moved.ok && moved.error.message).toContain("kind: must be a record kind");
      const planned = planHandOff({ ...handOffInput, kind } as never, config);
      expect(!planned.ok && planned.error.message).toContain("kind: must be a record kind");
    }
  });

  it("which for the valid inputs above is a success", () => {
    expect(moveLifecycleStage(lifecycleInput as never, config).ok).toBe(true);
    expect(planHandOff(handOffInput as never, config).ok).toBe(true);
    expect(moveDeal(deal, "proposal", { by: people.ada, at: T0 }, config).ok).toBe(true);
    expect(closeDealWon(closeInput, config).ok).toBe(true);
  });
});
