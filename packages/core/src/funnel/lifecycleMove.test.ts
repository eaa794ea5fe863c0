import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aFunnelCompany,
  aLead,
  anAccount,
  aUser,
  someMalformedConfigs,
  T0,
} from "../../test/builders";
import { type Config, defaultConfig, parseConfig } from "../config/config";
import { FUNNEL_STAGES, LIFECYCLE_STAGES, type LifecycleStage } from "../entities/lifecycleStage";
import { ROLES } from "../entities/role";
import { StageChangedEvent, StageResetEvent } from "./events";
import { moveLifecycleStage } from "./lifecycleMove";

const config = defaultConfig();
const { people } = aFunnelCompany();
const rep = people.ada;
const admin = people.root;

const move = (
  from: LifecycleStage,
  to: LifecycleStage,
  extra: { by?: typeof rep; reason?: string; reset?: boolean } = {},
  withConfig: Config = config,
) =>
  moveLifecycleStage(
    {
      kind: "lead",
      record: aLead({ id: "lead-linus", lifecycleStage: from }),
      to,
      by: rep,
      at: T0,
      ...extra,
    },
    withConfig,
  );

describe("moving a record along the lifecycle", () => {
  it("moves a lead forward and keeps who, when, from, to in the audit line", () => {
    const result = move("lead", "mql");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.record).toMatchObject({ id: "lead-linus", lifecycleStage: "mql" });
    expect(result.value.moveKind).toBe("forward");
    expect(result.value.audit).toEqual({
      record: { kind: "lead", id: "lead-linus", name: "Linus Lead" },
      by: rep.id,
      at: T0,
      from: "lead",
      to: "mql",
      reason: null,
      reset: false,
    });
    expect(StageChangedEvent.parse(result.value.event)).toEqual(result.value.event);
  });

  it("keeps every other field of the record as it was", () => {
    const account = anAccount({ lifecycleStage: "sql", industry: "software", ownerId: rep.id });
    const result = moveLifecycleStage(
      { kind: "account", record: account, to: "opportunity", by: rep, at: T0 },
      config,
    );
    expect(result.ok && result.value.record).toEqual({ ...account, lifecycleStage: "opportunity" });
  });

  it("says when a move crosses from marketing to sales", () => {
    const result = move("mql", "sql");
    expect(result.ok && result.value).toMatchObject({
      fromTeam: "marketing",
      toTeam: "sales",
      crossesTeamBoundary: true,
      event: { type: "stage_changed", fromTeam: "marketing", toTeam: "sales" },
    });
  });

  it("does not call a move within one team a hand-off", () => {
    const result = move("subscriber", "mql");
    expect(result.ok && result.value.crossesTeamBoundary).toBe(false);
  });

  it("does not call parking a record in 'other' a hand-off, since no team owns it", () => {
    const result = move("lead", "other");
    expect(result.ok && result.value).toMatchObject({ toTeam: null, crossesTeamBoundary: false });
  });

  it("refuses a backward move, saying who can reset it", () => {
    const result = move("sql", "lead");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("backward_move");
    expect(result.error.message).toBe(
      "Moving Linus Lead (lead-linus) from 'sql' back to 'lead' goes backwards in the funnel; a user with the role admin or manager can do it as a reset with a reason.",
    );
  });

  it("refuses an off-path move such as a customer to disqualified", () => {
    const result = move("customer", "disqualified", { reason: "not_a_fit" });
    expect(!result.ok && result.error.code).toBe("move_not_allowed");
    expect(!result.ok && result.error.message).toContain("the funnel has no such step");
  });

  it("refuses a move to the stage the record is already at", () => {
    const result = move("mql", "mql");
    expect(!result.ok && result.error.code).toBe("already_at_stage");
  });

  it("lets an admin reset a record backwards with a reason, audited as a reset", () => {
    const result = move("customer", "lead", {
      by: admin,
      reset: true,
      reason: "  imported as customer by mistake ",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.audit).toMatchObject({
      by: admin.id,
      from: "customer",
      to: "lead",
      reason: "imported as customer by mistake",
      reset: true,
    });
    expect(StageResetEvent.parse(result.value.event).type).toBe("stage_reset");
  });

  it("records an explicit reset as a reset even when the move was allowed anyway", () => {
    const result = move("lead", "mql", { by: admin, reset: true, reason: "scored late" });
    expect(result.ok && result.value.event.type).toBe("stage_reset");
  });

  it("refuses a reset by a rep", () => {
    const result = move("customer", "lead", { reset: true, reason: "oops" });
    expect(!result.ok && result.error.code).toBe("reset_not_allowed");
    expect(!result.ok && result.error.message).toBe(
      "Only a user with the role admin or manager can reset Linus Lead (lead-linus); Ada Rep (user-ada) has rep. Ask one of them to make the reset.",
    );
  });

  it("refuses a reset without a reason", () => {
    const result = move("customer", "lead", { by: admin, reset: true, reason: "   " });
    expect(!result.ok && result.error.code).toBe("reason_required");
  });

  it("follows the company's reset roles", () => {
    const parsed = parseConfig({ funnel: { resetRoles: ["leadership"] } });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const ceo = aUser({ roles: ["leadership"] });
    expect(move("customer", "lead", { by: ceo, reset: true, reason: "x" }, parsed.value).ok).toBe(
      true,
    );
    expect(move("customer", "lead", { by: admin, reset: true, reason: "x" }, parsed.value).ok).toBe(
      false,
    );
  });

  it("needs a configured reason code to recycle or disqualify", () => {
    expect(move("mql", "recycled")).toMatchObject({
      ok: false,
      error: { code: "reason_required" },
    });
    const unknown = move("sql", "disqualified", { reason: "too small" });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: "unknown_reason" });
    expect(!unknown.ok && unknown.error.message).toContain("use one of not_a_fit, no_need");
    const recycled = move("sql", "recycled", { reason: "bad_timing" });
    expect(recycled.ok && recycled.value.audit.reason).toBe("bad_timing");
  });

  it("lets a recycled lead re-enter the funnel at lead or mql", () => {
    expect(move("recycled", "mql").ok).toBe(true);
    expect(move("recycled", "lead").ok).toBe(true);
  });

  it("lets a customer churn and be won back", () => {
    expect(move("customer", "churned").ok).toBe(true);
    expect(move("churned", "customer").ok).toBe(true);
  });

  it("refuses an unknown stage or record kind, naming what is valid", () => {
    const result = move("lead", "wonn" as LifecycleStage);
    expect(!result.ok && result.error.message).toContain(
      "to: unknown lifecycle stage 'wonn'; use one of subscriber, lead",
    );
    const kind = moveLifecycleStage(
      // @ts-expect-error a deal has no lifecycle stage
      { kind: "deal", record: aLead(), to: "mql", by: rep, at: T0 },
      config,
    );
    expect(!kind.ok && kind.error.message).toContain("unknown record kind 'deal'");
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    const input = { kind: "lead" as const, record: aLead(), to: "mql" as const, by: rep, at: T0 };
    for (const malformed of someMalformedConfigs()) {
      expect(moveLifecycleStage(input, malformed as Config)).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
    }
  });

  it("takes a hand-built partial configuration, the rest defaulted", () => {
    const handBuilt = { funnel: { resetRoles: ["leadership"] } } as unknown as Config;
    const input = {
      kind: "lead" as const,
      record: aLead({ lifecycleStage: "sql" }),
      to: "lead" as const,
      at: T0,
      reset: true,
      reason: "duplicate",
    };
    expect(moveLifecycleStage({ ...input, by: admin }, handBuilt)).toMatchObject({
      error: { code: "reset_not_allowed" },
    });
    const boss = aUser({ roles: ["leadership"] });
    expect(moveLifecycleStage({ ...input, by: boss }, handBuilt).ok).toBe(true);
  });

  it("refuses a malformed configuration instead of guessing", () => {
    const noResetRoles = { ...config, funnel: { ...config.funnel, resetRoles: [] } };
    expect(move("lead", "mql", {}, noResetRoles)).toMatchObject({
      ok: false,
      error: { code: "invalid_input", message: expect.stringContaining("resetRoles") },
    });
    const noReasons = {
      ...config,
      qualification: { ...config.qualification, recycleReasons: [] },
    };
    expect(move("lead", "mql", {}, noReasons)).toMatchObject({
      ok: false,
      error: { code: "invalid_input", message: expect.stringContaining("recycleReasons") },
    });
  });
});

const stage = fc.constantFrom(...LIFECYCLE_STAGES);
const reasonFor = (to: LifecycleStage) =>
  to === "recycled" ? "nurture" : to === "disqualified" ? "not_a_fit" : undefined;
const funnelRank = (s: LifecycleStage): number => (FUNNEL_STAGES as readonly string[]).indexOf(s);

describe("lifecycle laws", () => {
  it("never goes backwards along the funnel without a reset", () => {
    fc.assert(
      fc.property(stage, fc.array(stage, { maxLength: 25 }), (start, targets) => {
        let current = start;
        // The furthest funnel stage reached since the record last left the path.
        let reached: number = funnelRank(start);
        for (const to of targets) {
          const result = move(current, to, { reason: reasonFor(to) });
          if (!result.ok) continue;
          if (to === "recycled" || to === "other" || to === "disqualified") reached = -1;
          // A churned customer who buys again is a customer again: a win-back, not a step back.
          if (to === "churned") reached = funnelRank("customer") - 1;
          const rank = funnelRank(to);
          if (rank >= 0) {
            expect(rank).toBeGreaterThan(reached);
            reached = rank;
          }
          current = to;
        }
      }),
    );
  });

  it("never takes a customer back before customer without a reset", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<LifecycleStage>("customer", "evangelist", "churned"),
        fc.array(stage, { maxLength: 25 }),
        (start, targets) => {
          let current = start;
          for (const to of targets) {
            const result = move(current, to, { reason: reasonFor(to) });
            if (result.ok) current = to;
            expect(["customer", "evangelist", "churned"]).toContain(current);
          }
        },
      ),
    );
  });

  it("always refuses a reset by a role the company does not allow to reset", () => {
    const role = fc.constantFrom(...ROLES);
    fc.assert(
      fc.property(
        fc.uniqueArray(role, { minLength: 1 }),
        fc.uniqueArray(role, { minLength: 1 }),
        stage,
        stage,
        fc.string(),
        (resetRoles, userRoles, from, to, reason) => {
          fc.pre(from !== to);
          const roles = userRoles.filter((r) => !resetRoles.includes(r));
          fc.pre(roles.length > 0);
          const withRoles = { ...config, funnel: { ...config.funnel, resetRoles } };
          const result = move(from, to, { by: aUser({ roles }), reset: true, reason }, withRoles);
          expect(!result.ok && result.error.code).toBe("reset_not_allowed");
        },
      ),
    );
  });
});
