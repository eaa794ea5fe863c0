import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anAccount,
  anAssignmentRule,
  anythingOr,
  aTeam,
  aUser,
  isResultShaped,
  someMalformedConfigs,
  T0,
} from "../../test/builders";
import { type Config, parseConfig } from "../config/config";
import type { TeamFunction } from "../entities/role";
import type { User } from "../entities/user";
import { type AssignInput, type AssignOutcome, assign } from "./assign";
import type { AssignmentConfig, AssignmentRule, AssignmentTarget } from "./assignmentConfig";
import { emptyRotationState, type RotationState } from "./rotationState";
import { userAvailability } from "./userAvailability";

const ada = aUser({ id: "user-ada", name: "Ada Rep", teamId: "team-emea" });
const bob = aUser({ id: "user-bob", name: "Bob Rep", teamId: "team-emea" });
const cy = aUser({ id: "user-cy", name: "Cy Rep", teamId: "team-us" });
const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);

const anInput = (over: Partial<AssignInput> = {}): AssignInput => ({
  record: {},
  users: [ada, bob, cy],
  assignedToday: {},
  rotation: emptyRotationState(),
  now: T0,
  ...over,
});

/** A company configuration whose assignment section has these rules, checked by `parseConfig`. */
const withRules = (
  rules: readonly AssignmentRule[],
  over: Partial<AssignmentConfig> = {},
): Config => {
  const parsed = parseConfig({ assignment: { rules: [...rules], ...over } });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

const assigned = (input: AssignInput, config: Config): AssignOutcome => {
  const result = assign(input, config);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const toUser = (userId: string): AssignmentTarget => ({ type: "user", userId });

const dach = anAssignmentRule({
  id: "dach",
  name: "DACH",
  when: { field: "country", in: ["DE", "AT", "CH"] },
  target: toUser(ada.id),
});
const us = anAssignmentRule({
  id: "us",
  name: "US",
  when: { field: "country", in: ["US"] },
  target: toUser(cy.id),
});
const everyoneElse = anAssignmentRule({
  id: "rest",
  name: "Everyone else",
  target: toUser(bob.id),
});

/** Routes `times` records one after another, storing the rotation between them as the store would. */
const routeMany = (times: number, config: Config, over: Partial<AssignInput> = {}): string[] => {
  let rotation: RotationState = emptyRotationState();
  const owners: string[] = [];
  for (let i = 0; i < times; i++) {
    const outcome = assigned(anInput({ ...over, rotation }), config);
    owners.push(
      outcome.owner.type === "user" ? outcome.owner.userId : `queue:${outcome.owner.queue}`,
    );
    rotation = JSON.parse(JSON.stringify(outcome.rotation));
  }
  return owners;
};

const countsOf = (owners: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const owner of owners) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  return counts;
};

describe("assignment", () => {
  describe("rules in priority order", () => {
    it("gives the record to the first rule that matches and says so by name", () => {
      const outcome = assigned(
        anInput({ record: { country: "DE" } }),
        withRules([us, dach, everyoneElse]),
      );
      expect(outcome.owner).toEqual({ type: "user", userId: ada.id });
      expect(outcome.ruleId).toBe("dach");
      expect(outcome.explanation).toEqual([
        "Rule 'US' did not match: country is 'DE', not one of US.",
        "Rule 'DACH' matched: country is 'DE' (one of DE, AT, CH).",
        "Assigned to Ada Rep (user-ada) by rule 'DACH': the rule names them.",
      ]);
      expect(outcome.skipped).toEqual([]);
    });

    it("lets a catch-all rule take whatever the rules before it did not", () => {
      const outcome = assigned(
        anInput({ record: { country: "FR" } }),
        withRules([dach, everyoneElse]),
      );
      expect(outcome.owner).toEqual({ type: "user", userId: bob.id });
      expect(outcome.explanation).toContain(
        "Rule 'Everyone else' matched: it has no conditions, so it takes every record.",
      );
    });

    it("routes a named account by its domain before the territory rules", () => {
      const keyAccounts = anAssignmentRule({
        id: "key",
        name: "Key accounts",
        when: { namedAccounts: ["acme.com"] },
        target: toUser(cy.id),
      });
      const account = anAccount({ domain: "acme.com", country: "DE" });
      const outcome = assigned(anInput({ record: account }), withRules([keyAccounts, dach]));
      expect(outcome.owner).toEqual({ type: "user", userId: cy.id });
      expect(outcome.explanation[0]).toBe(
        "Rule 'Key accounts' matched: 'acme.com' is a named account.",
      );
    });
  });

  describe("when the people a rule names cannot take the record", () => {
    it("falls through to the next rule, naming who was skipped and why", () => {
      const away = aUser({
        id: "user-ada",
        name: "Ada Rep",
        outOfOffice: { start: hours(-1), end: hours(48) },
      });
      const outcome = assigned(
        anInput({ record: { country: "DE" }, users: [away, bob, cy] }),
        withRules([dach, everyoneElse]),
      );
      expect(outcome.owner).toEqual({ type: "user", userId: bob.id });
      expect(outcome.ruleId).toBe("rest");
      expect(outcome.skipped).toEqual([{ userId: "user-ada", reason: "out_of_office" }]);
      expect(outcome.explanation).toEqual([
        "Rule 'DACH' matched: country is 'DE' (one of DE, AT, CH).",
        "Skipped Ada Rep (user-ada): is out of office until 2026-03-04T09:00:00.000Z.",
        "Rule 'DACH' matched but no one it routes to is available, so the next rule is tried.",
        "Rule 'Everyone else' matched: it has no conditions, so it takes every record.",
        "Assigned to Bob Rep (user-bob) by rule 'Everyone else': the rule names them.",
      ]);
    });

    it("skips someone who is no longer active", () => {
      const gone = aUser({ id: "user-ada", active: false });
      const outcome = assigned(
        anInput({ record: { country: "AT" }, users: [gone, bob] }),
        withRules([dach, everyoneElse]),
      );
      expect(outcome.skipped).toEqual([{ userId: "user-ada", reason: "inactive" }]);
      expect(outcome.owner).toEqual({ type: "user", userId: bob.id });
    });

    it("skips someone who has had their daily cap of records today", () => {
      const capped = aUser({ id: "user-ada", name: "Ada Rep", dailyCap: 3 });
      const outcome = assigned(
        anInput({
          record: { country: "AT" },
          users: [capped, bob],
          assignedToday: { "user-ada": 3 },
        }),
        withRules([dach, everyoneElse]),
      );
      expect(outcome.skipped).toEqual([{ userId: "user-ada", reason: "at_daily_cap" }]);
      expect(outcome.explanation).toContain(
        "Skipped Ada Rep (user-ada): already has 3 records today, their daily cap is 3.",
      );
    });

    it("reports a rule naming someone who does not exist, and carries on", () => {
      const ghost = anAssignmentRule({ id: "ghost", name: "Ghost", target: toUser("user-ghost") });
      const outcome = assigned(anInput(), withRules([ghost, everyoneElse]));
      expect(outcome.skipped).toEqual([{ userId: "user-ghost", reason: "unknown_user" }]);
      expect(outcome.explanation).toContain(
        "Skipped 'user-ghost': no user has this id; remove or correct them in rule 'Ghost'.",
      );
      expect(outcome.owner).toEqual({ type: "user", userId: bob.id });
    });

    it("lists a person skipped by two rules once", () => {
      const gone = aUser({ id: "user-ada", active: false });
      const again = anAssignmentRule({ id: "again", name: "Again", target: toUser(ada.id) });
      const outcome = assigned(
        anInput({ record: { country: "DE" }, users: [gone, bob] }),
        withRules([dach, again]),
      );
      expect(outcome.skipped).toEqual([{ userId: "user-ada", reason: "inactive" }]);
    });
  });

  describe("fallback queue", () => {
    it("queues the record when no rule matches", () => {
      const outcome = assigned(anInput({ record: { country: "FR" } }), withRules([dach, us]));
      expect(outcome.owner).toEqual({ type: "queue", queue: "unassigned" });
      expect(outcome.ruleId).toBeNull();
      expect(outcome.explanation.at(-1)).toBe(
        "No rule placed the record with an available person, so it waits in the fallback queue 'unassigned'.",
      );
    });

    it("queues the record when the matching rules have no one available", () => {
      const gone = aUser({ id: "user-ada", active: false });
      const outcome = assigned(
        anInput({ record: { country: "DE" }, users: [gone] }),
        withRules([dach], { fallbackQueue: "triage" }),
      );
      expect(outcome.owner).toEqual({ type: "queue", queue: "triage" });
    });

    it("queues everything while no rules are set up", () => {
      const outcome = assigned(anInput(), withRules([]));
      expect(outcome.owner).toEqual({ type: "queue", queue: "unassigned" });
      expect(outcome.explanation).toEqual([
        "No assignment rules are set up, so the record waits in the 'unassigned' queue.",
      ]);
    });

    it("uses the receiving team's own queue on a hand-off", () => {
      const config = withRules([dach], { fallbackQueues: { sales: "sales-inbox" } });
      const toSales = assigned(anInput({ record: { country: "FR" }, forTeam: "sales" }), config);
      expect(toSales.owner).toEqual({ type: "queue", queue: "sales-inbox" });
      expect(toSales.explanation.at(-1)).toBe(
        "No rule placed the record with an available person, so it waits in the sales fallback queue 'sales-inbox'.",
      );
      const toService = assigned(
        anInput({ record: { country: "FR" }, forTeam: "service" }),
        config,
      );
      expect(toService.owner).toEqual({ type: "queue", queue: "unassigned" });
    });
  });

  describe("rules for one team", () => {
    const marketingNurture = anAssignmentRule({
      id: "nurture",
      name: "Marketing nurture",
      forTeam: "marketing",
      target: toUser(cy.id),
    });
    const salesDach = anAssignmentRule({
      ...dach,
      id: "sales-dach",
      name: "Sales DACH",
      forTeam: "sales",
    });

    it("a hand-off to sales uses only rules for sales or for any team", () => {
      const outcome = assigned(
        anInput({ record: { country: "FR" }, forTeam: "sales" }),
        withRules([marketingNurture, salesDach, everyoneElse]),
      );
      expect(outcome.ruleId).toBe("rest");
      expect(outcome.explanation.slice(0, 2)).toEqual([
        "Rule 'Marketing nurture' was not considered: it routes only marketing records and this is a sales assignment.",
        "Rule 'Sales DACH' did not match: country is 'FR', not one of DE, AT, CH.",
      ]);
    });

    it("a hand-off to sales takes a sales rule that matches", () => {
      const outcome = assigned(
        anInput({ record: { country: "DE" }, forTeam: "sales" }),
        withRules([marketingNurture, salesDach, everyoneElse]),
      );
      expect(outcome.ruleId).toBe("sales-dach");
    });

    it("an assignment for no team in particular skips rules kept for one team", () => {
      const outcome = assigned(
        anInput({ record: { country: "DE" } }),
        withRules([salesDach, everyoneElse]),
      );
      expect(outcome.ruleId).toBe("rest");
      expect(outcome.explanation[0]).toBe(
        "Rule 'Sales DACH' was not considered: it routes only sales records and this assignment names no team.",
      );
    });
  });

  describe("round-robin", () => {
    const rotation = anAssignmentRule({
      id: "rr",
      name: "Inbound",
      target: { type: "round_robin", userIds: [cy.id, ada.id, bob.id] },
    });

    it("takes turns in id order and remembers whose turn it was", () => {
      expect(routeMany(4, withRules([rotation]))).toEqual([ada.id, bob.id, cy.id, ada.id]);
      const first = assigned(anInput(), withRules([rotation]));
      expect(first.rotation).toEqual({
        byRule: { rr: { type: "round_robin", lastUserId: "user-ada" } },
      });
      expect(first.explanation.at(-1)).toBe(
        "Assigned to Ada Rep (user-ada) by rule 'Inbound': first in the round-robin, among 3 available.",
      );
      const second = assigned(anInput({ rotation: first.rotation }), withRules([rotation]));
      expect(second.explanation.at(-1)).toBe(
        "Assigned to Bob Rep (user-bob) by rule 'Inbound': next in the round-robin after user-ada, among 3 available.",
      );
    });

    it("passes over someone away and gives the turn to the next person", () => {
      const away = aUser({ id: "user-bob", outOfOffice: { start: hours(-1), end: hours(1) } });
      const state = { byRule: { rr: { type: "round_robin" as const, lastUserId: "user-ada" } } };
      const outcome = assigned(
        anInput({ users: [ada, away, cy], rotation: state }),
        withRules([rotation]),
      );
      expect(outcome.owner).toEqual({ type: "user", userId: cy.id });
      expect(outcome.skipped).toEqual([{ userId: "user-bob", reason: "out_of_office" }]);
    });

    it("rotates over the members of a team", () => {
      const emea = aTeam({ id: "team-emea", name: "Sales EMEA" });
      const teamRule = anAssignmentRule({
        id: "emea",
        name: "EMEA",
        target: { type: "round_robin", teamId: emea.id },
      });
      expect(routeMany(3, withRules([teamRule]), { teams: [emea] })).toEqual([
        ada.id,
        bob.id,
        ada.id,
      ]);
    });

    it("rotates over a team plus named extras", () => {
      const mixed = anAssignmentRule({
        id: "mixed",
        name: "Mixed",
        target: { type: "round_robin", teamId: "team-us", userIds: [ada.id] },
      });
      expect(routeMany(3, withRules([mixed]))).toEqual([ada.id, cy.id, ada.id]);
    });

    it("falls through when the team does not exist or has no members", () => {
      const unknownTeam = anAssignmentRule({
        id: "apac",
        name: "APAC",
        target: { type: "round_robin", teamId: "team-apac" },
      });
      const withTeams = assigned(
        anInput({ teams: [aTeam({ id: "team-emea" })] }),
        withRules([unknownTeam, everyoneElse]),
      );
      expect(withTeams.ruleId).toBe("rest");
      expect(withTeams.explanation).toContain(
        "Rule 'APAC' rotates over team 'team-apac', which does not exist; fix the rule or add the team.",
      );
      const emptyTeam = assigned(
        anInput({ teams: [aTeam({ id: "team-apac", name: "APAC" })] }),
        withRules([unknownTeam, everyoneElse]),
      );
      expect(emptyTeam.explanation).toContain(
        "Team 'APAC' (team-apac) has no members to rotate over.",
      );
      const noTeamList = assigned(anInput(), withRules([unknownTeam, everyoneElse]));
      expect(noTeamList.explanation).toContain("Team 'team-apac' has no members to rotate over.");
    });

    it("ignores a stored rotation of another kind, as after a rule changed from weighted", () => {
      const stale: RotationState = {
        byRule: { rr: { type: "weighted", currentWeights: { "user-cy": 9 } } },
      };
      const outcome = assigned(anInput({ rotation: stale }), withRules([rotation]));
      expect(outcome.owner).toEqual({ type: "user", userId: ada.id });
    });
  });

  describe("weighted routing", () => {
    const weighted = anAssignmentRule({
      id: "w",
      name: "Capacity",
      target: { type: "weighted", weights: { "user-ada": 2, "user-bob": 1 } },
    });

    it("shares records in proportion to the weights, interleaved", () => {
      expect(routeMany(6, withRules([weighted]))).toEqual([
        ada.id,
        bob.id,
        ada.id,
        ada.id,
        bob.id,
        ada.id,
      ]);
    });

    it("explains the share and stores the running weights", () => {
      const outcome = assigned(anInput(), withRules([weighted]));
      expect(outcome.explanation.at(-1)).toBe(
        "Assigned to Ada Rep (user-ada) by rule 'Capacity': weighted rotation, weight 2 of 3 among the 2 available.",
      );
      expect(outcome.rotation).toEqual({
        byRule: { w: { type: "weighted", currentWeights: { "user-ada": -1, "user-bob": 1 } } },
      });
    });

    it("drops stored weights of people no longer in the rule and skips unknown people", () => {
      const rule = anAssignmentRule({
        id: "w",
        name: "Capacity",
        target: { type: "weighted", weights: { "user-ada": 1, "user-ghost": 5 } },
      });
      const stale: RotationState = {
        byRule: { w: { type: "weighted", currentWeights: { "user-left": 4, "user-ada": 0 } } },
      };
      const outcome = assigned(anInput({ rotation: stale }), withRules([rule]));
      expect(outcome.owner).toEqual({ type: "user", userId: ada.id });
      expect(outcome.skipped).toEqual([{ userId: "user-ghost", reason: "unknown_user" }]);
      expect(outcome.rotation.byRule.w).toEqual({
        type: "weighted",
        currentWeights: { "user-ada": 0 },
      });
    });
  });

  describe("rotation state", () => {
    it("is plain JSON and is returned new, never changed in place", () => {
      const rr = anAssignmentRule({
        id: "rr",
        name: "RR",
        target: { type: "round_robin", userIds: [ada.id, bob.id] },
      });
      const before = emptyRotationState();
      const outcome = assigned(anInput({ rotation: before }), withRules([rr]));
      expect(before).toEqual({ byRule: {} });
      expect(JSON.parse(JSON.stringify(outcome.rotation))).toEqual(outcome.rotation);
    });

    it("keeps other rules' rotations when a named user or the queue takes the record", () => {
      const state: RotationState = {
        byRule: { other: { type: "round_robin", lastUserId: "user-bob" } },
      };
      expect(assigned(anInput({ rotation: state }), withRules([everyoneElse])).rotation).toEqual(
        state,
      );
      expect(assigned(anInput({ rotation: state }), withRules([])).rotation).toEqual(state);
    });
  });

  describe("refusals", () => {
    const refusal = (input: unknown, config: unknown = withRules([everyoneElse])) => {
      const result = assign(input as AssignInput, config as Config);
      expect(result.ok).toBe(false);
      return result.ok ? undefined : result.error;
    };

    it("refuses an input without a time", () => {
      const { now: _, ...noTime } = anInput();
      const error = refusal(noTime);
      expect(error?.code).toBe("invalid_input");
      expect(error?.message).toContain("now: must be a valid date and time");
    });

    it("refuses an invalid date", () => {
      expect(refusal(anInput({ now: new Date(Number.NaN) }))?.message).toContain("now:");
    });

    it("refuses a negative count of records today and a user listed twice", () => {
      expect(refusal(anInput({ assignedToday: { "user-ada": -1 } }))?.message).toContain(
        "assignedToday.user-ada: must be 0 or more",
      );
      expect(refusal(anInput({ users: [ada, ada] }))?.message).toContain(
        "users[1].id: user id 'user-ada' appears twice",
      );
    });

    it("refuses users, teams or counts of the wrong shape without freezing or throwing on them", () => {
      const notUsers = { ada };
      expect(refusal({ ...anInput(), users: notUsers })?.message).toContain("users:");
      expect(Object.isFrozen(notUsers)).toBe(false);
      expect(refusal({ ...anInput(), teams: Int32Array.of(1) })?.message).toContain("teams:");
      expect(refusal({ ...anInput(), assignedToday: [3] })?.message).toContain("assignedToday:");
    });

    it("refuses a malformed configuration instead of throwing", () => {
      const error = refusal(anInput(), {
        assignment: {
          rules: [{ id: "r", name: "R", target: { type: "carrier_pigeon" } }],
          fallbackQueue: "unassigned",
          fallbackQueues: {},
        },
      });
      expect(error?.code).toBe("invalid_input");
      expect(error?.message).toContain("The configuration is not valid");
      expect(error?.message).toContain("assignment.rules[0].target");
    });

    it("refuses a configuration that is missing, not an object, or broken in another section", () => {
      for (const broken of [7, ...someMalformedConfigs()]) {
        // Called directly: `refusal` would put its default configuration in for `undefined`.
        const result = assign(anInput(), broken as Config);
        expect(result).toMatchObject({ ok: false, error: { code: "invalid_input" } });
        expect(!result.ok && result.error.message).toMatch(/^The configuration is not valid/);
      }
    });

    it("takes a hand-built partial configuration, omitted settings taking their defaults", () => {
      const result = assign(anInput(), {
        assignment: { rules: [everyoneElse] },
      } as unknown as Config);
      expect(result).toMatchObject({
        ok: true,
        value: { owner: { userId: bob.id }, ruleId: "rest" },
      });
    });
  });

  describe("laws", () => {
    const IDS = ["u-1", "u-2", "u-3", "u-4", "u-5"] as const;
    const idList = fc.uniqueArray(fc.constantFrom<string>(...IDS, "u-ghost"), {
      minLength: 1,
      maxLength: 4,
    });
    const target: fc.Arbitrary<AssignmentTarget> = fc.oneof(
      fc.constantFrom<string>(...IDS, "u-ghost").map(toUser),
      idList.map((userIds) => ({ type: "round_robin" as const, userIds })),
      fc.record({ teamId: fc.constantFrom("t-1", "t-2") }).map(({ teamId }) => ({
        type: "round_robin" as const,
        teamId,
      })),
      fc.tuple(idList, fc.integer({ min: 1, max: 4 })).map(([ids, w]) => ({
        type: "weighted" as const,
        weights: Object.fromEntries(ids.map((id, i) => [id, w + i])),
      })),
    );
    const rules = fc
      .array(
        fc.record(
          {
            when: fc.constantFrom(
              { field: "country" as const, in: ["DE"] },
              { field: "country" as const, notIn: ["DE"] },
              { namedAccounts: ["acme.com"] },
            ),
            forTeam: fc.constantFrom<TeamFunction>("sales", "marketing"),
            target,
          },
          { requiredKeys: ["target"] },
        ),
        { maxLength: 4 },
      )
      .map((rs) => rs.map((r, i) => anAssignmentRule({ ...r, id: `r-${i}`, name: `Rule ${i}` })));
    const users: fc.Arbitrary<User[]> = fc
      .uniqueArray(
        fc.record({
          id: fc.constantFrom(...IDS),
          active: fc.boolean(),
          teamId: fc.constantFrom("t-1", "t-2"),
          dailyCap: fc.option(fc.integer({ min: 0, max: 3 })),
          away: fc.option(
            fc.record({
              from: fc.integer({ min: -48, max: 48 }),
              length: fc.integer({ min: 1, max: 96 }),
            }),
          ),
        }),
        { selector: (u) => u.id, maxLength: IDS.length },
      )
      .map((us) =>
        us.map(({ away, ...u }) =>
          aUser({
            ...u,
            outOfOffice:
              away === null
                ? null
                : { start: hours(away.from), end: hours(away.from + away.length) },
          }),
        ),
      );
    const situation = fc.record({
      rules,
      users,
      record: fc.record(
        { country: fc.constantFrom("DE", "FR"), domain: fc.constantFrom("acme.com", "globex.com") },
        { requiredKeys: [] },
      ),
      forTeam: fc.option(fc.constantFrom<TeamFunction>("sales", "marketing"), { nil: undefined }),
      assignedToday: fc.dictionary(fc.constantFrom(...IDS), fc.integer({ min: 0, max: 4 })),
      fallbackQueues: fc.constantFrom({}, { sales: "sales-inbox" }),
    });

    it("never picks someone inactive, away or at their cap: an available person or the fallback queue", () => {
      fc.assert(
        fc.property(situation, (s) => {
          const config = withRules(s.rules, { fallbackQueues: s.fallbackQueues });
          const outcome = assigned(
            anInput({
              record: s.record,
              users: s.users,
              forTeam: s.forTeam,
              assignedToday: s.assignedToday,
            }),
            config,
          );
          if (outcome.owner.type === "user") {
            const { userId } = outcome.owner;
            const user = s.users.find((u) => u.id === userId);
            expect(user).toBeDefined();
            if (user === undefined) return;
            expect(userAvailability(user, s.assignedToday[user.id] ?? 0, T0)).toEqual({
              available: true,
            });
            expect(outcome.ruleId).not.toBeNull();
          } else {
            const queue =
              s.forTeam === "sales" && "sales" in s.fallbackQueues ? "sales-inbox" : "unassigned";
            expect(outcome.owner).toEqual({ type: "queue", queue });
            expect(outcome.ruleId).toBeNull();
          }
          for (const skip of outcome.skipped)
            expect(skip.userId).not.toBe(
              outcome.owner.type === "user" ? outcome.owner.userId : undefined,
            );
        }),
      );
    });

    it("round-robin with everyone available spreads N records within one of each other", () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1 }),
          fc.integer({ min: 1, max: 40 }),
          (memberIds, n) => {
            const members = memberIds.map((id) => aUser({ id }));
            const rule = anAssignmentRule({
              id: "rr",
              target: { type: "round_robin", userIds: memberIds },
            });
            const counts = countsOf(routeMany(n, withRules([rule]), { users: members }));
            const perUser = memberIds.map((id) => counts.get(id) ?? 0);
            expect(Math.max(...perUser) - Math.min(...perUser)).toBeLessThanOrEqual(1);
          },
        ),
      );
    });

    it("weighted with whole weights gives each person exactly k × weight after k × Σweights records", () => {
      fc.assert(
        fc.property(
          fc.dictionary(fc.constantFrom(...IDS), fc.integer({ min: 1, max: 5 }), { minKeys: 1 }),
          fc.integer({ min: 1, max: 3 }),
          (weights, k) => {
            const members = Object.keys(weights).map((id) => aUser({ id }));
            const rule = anAssignmentRule({ id: "w", target: { type: "weighted", weights } });
            const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
            const counts = countsOf(routeMany(k * total, withRules([rule]), { users: members }));
            for (const [id, weight] of Object.entries(weights)) {
              expect(counts.get(id)).toBe(k * weight);
            }
          },
        ),
      );
    });

    it("gives the same outcome for the same input", () => {
      fc.assert(
        fc.property(situation, (s) => {
          const config = withRules(s.rules, { fallbackQueues: s.fallbackQueues });
          const input = anInput({
            record: s.record,
            users: s.users,
            forTeam: s.forTeam,
            assignedToday: s.assignedToday,
          });
          const first = assigned(input, config);
          const second = assigned(structuredClone(input), structuredClone(config));
          expect(second).toEqual(first);
          const threaded = assigned({ ...input, rotation: first.rotation }, config);
          expect(assigned({ ...input, rotation: first.rotation }, config)).toEqual(threaded);
        }),
      );
    });
  });
});

describe("assignment on any input", () => {
  it("never throws: whatever each argument is, the answer is a Result", () => {
    fc.assert(
      fc.property(
        anythingOr(anInput()),
        anythingOr(withRules([dach, everyoneElse])),
        (input, config) => {
          const result = assign(input as AssignInput, config as Config);
          expect(isResultShaped(result)).toBe(true);
        },
      ),
    );
  });

  it("never throws when any one field of the input is anything", () => {
    const valid = anInput({ record: { country: "DE" } });
    const fields = Object.keys(valid) as (keyof AssignInput)[];
    fc.assert(
      fc.property(fc.constantFrom(...fields), anythingOr(undefined), (field, value) => {
        const result = assign({ ...valid, [field]: value } as AssignInput, withRules([dach]));
        expect(isResultShaped(result)).toBe(true);
      }),
    );
  });
});
