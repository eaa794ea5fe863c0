import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aFunnelCompany, someMalformedConfigs, T0 } from "../../test/builders";
import { emptyRotationState, type RotationState } from "../assignment/rotationState";
import type { Config } from "../config/config";
import { LIFECYCLE_STAGES } from "../entities/lifecycleStage";
import type { User } from "../entities/user";
import { OwnerReassignedEvent } from "./events";
import { planReassignment, type ReassignableRecord, type ReassignmentInput } from "./reassignment";

const { people, teams, users, config } = aFunnelCompany();
const leaver = people.ada.id;

const reassign = (records: ReassignableRecord[], over: Partial<ReassignmentInput> = {}) =>
  planReassignment(
    {
      leaver,
      records,
      users,
      teams,
      assignedToday: {},
      rotation: emptyRotationState(),
      now: T0,
      by: people.root,
      ...over,
    },
    config,
  );

describe("re-assignment when a user leaves", () => {
  it("gives each open record to the team that owns its stage", () => {
    const result = reassign([
      { kind: "lead", id: "lead-1", name: "Linus", ownerId: leaver, lifecycleStage: "sql" },
      { kind: "account", id: "acct-1", ownerId: leaver, lifecycleStage: "customer", country: "DE" },
      { kind: "contact", id: "contact-1", ownerId: leaver, lifecycleStage: "mql" },
      { kind: "deal", id: "deal-1", ownerId: leaver, stage: "proposal" },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.moves.map((m) => [m.record.id, m.team, m.owner])).toEqual([
      ["lead-1", "sales", { type: "user", userId: "user-bo" }],
      ["acct-1", "service", { type: "user", userId: "user-sue" }],
      ["contact-1", "marketing", { type: "user", userId: "user-mia" }],
      ["deal-1", "sales", { type: "user", userId: "user-bo" }],
    ]);
    expect(result.value.counts).toEqual({ toPeople: 4, toQueues: 0, kept: 0 });
    expect(result.value.assignedToday).toEqual({ "user-bo": 2, "user-sue": 1, "user-mia": 1 });
    expect(result.value.events[0]).toEqual({
      type: "owner_reassigned",
      at: T0,
      by: people.root.id,
      record: { kind: "lead", id: "lead-1", name: "Linus" },
      fromOwnerId: leaver,
      toOwner: { type: "user", userId: "user-bo" },
      team: "sales",
      ruleId: "sales-hand-off",
      explanation: result.value.moves[0]?.explanation,
      reason: "owner_left",
    });
    for (const event of result.value.events) OwnerReassignedEvent.parse(event);
  });

  it("never gives a record back to the leaver, even while they are still marked active", () => {
    const result = reassign([
      { kind: "lead", id: "lead-1", ownerId: leaver, lifecycleStage: "opportunity" },
      { kind: "lead", id: "lead-2", ownerId: leaver, lifecycleStage: "opportunity" },
    ]);
    expect(people.ada.active).toBe(true);
    expect(result.ok && result.value.moves.map((m) => m.owner)).toEqual([
      { type: "user", userId: "user-bo" },
      { type: "user", userId: "user-bo" },
    ]);
  });

  it("never gives a record back to the leaver, however their id is padded", () => {
    const padded = users.map((u) => (u.id === leaver ? { ...u, id: ` ${leaver} ` } : u));
    const result = reassign(
      [{ kind: "lead", id: "lead-1", ownerId: leaver, lifecycleStage: "sql" }],
      { users: padded },
    );
    expect(result.ok && result.value.moves.map((m) => m.owner)).toEqual([
      { type: "user", userId: "user-bo" },
    ]);
  });

  it("refuses bad routing input even when nothing needs moving", () => {
    const badRotation = { byRule: { r: { type: "weighted" } } };
    const result = reassign([], { rotation: badRotation as unknown as RotationState });
    expect(!result.ok && result.error.message).toMatch(/rotation\.byRule\.r/);
    const badCount = reassign([], { assignedToday: { "user-bo": 1.5 } });
    expect(!badCount.ok && badCount.error.message).toContain("must be a whole number");
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    const input: ReassignmentInput = {
      leaver,
      records: [{ kind: "lead", id: "lead-1", ownerId: leaver, lifecycleStage: "sql" }],
      users,
      teams,
      assignedToday: {},
      rotation: emptyRotationState(),
      now: T0,
      by: people.root,
    };
    for (const malformed of someMalformedConfigs()) {
      expect(planReassignment(input, malformed as Config)).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
    }
  });

  it("holds daily caps across the batch and queues what does not fit", () => {
    const capped = users.map((u) => (u.id === "user-bo" ? { ...u, dailyCap: 2 } : u));
    const result = reassign(
      [1, 2, 3].map((n) => ({
        kind: "lead" as const,
        id: `lead-${n}`,
        ownerId: leaver,
        lifecycleStage: "sql" as const,
      })),
      { users: capped, assignedToday: { "user-bo": 1 } },
    );
    expect(result.ok && result.value.moves.map((m) => m.owner)).toEqual([
      { type: "user", userId: "user-bo" },
      { type: "queue", queue: "unassigned" },
      { type: "queue", queue: "unassigned" },
    ]);
    expect(result.ok && result.value.counts).toEqual({ toPeople: 1, toQueues: 2, kept: 0 });
    expect(result.ok && result.value.assignedToday).toEqual({ "user-bo": 2 });
  });

  it("routes a record at a stage no team owns by the general rules, here to the queue", () => {
    const result = reassign([
      { kind: "lead", id: "lead-1", ownerId: leaver, lifecycleStage: "other" },
    ]);
    expect(result.ok && result.value.moves[0]).toMatchObject({
      team: null,
      owner: { type: "queue", queue: "unassigned" },
      ruleId: null,
    });
  });

  it("keeps closed deals with the leaver and leaves other people's records alone", () => {
    const result = reassign([
      { kind: "deal", id: "deal-won", ownerId: leaver, stage: "closed_won" },
      { kind: "lead", id: "lead-bo", ownerId: "user-bo", lifecycleStage: "sql" },
      { kind: "lead", id: "lead-queued", ownerId: null, lifecycleStage: "sql" },
    ]);
    expect(result.ok && result.value.kept).toEqual([
      { record: { kind: "deal", id: "deal-won" }, reason: "closed_deal" },
      { record: { kind: "lead", id: "lead-bo" }, reason: "not_owned_by_leaver" },
      { record: { kind: "lead", id: "lead-queued" }, reason: "not_owned_by_leaver" },
    ]);
    expect(result.ok && result.value.moves).toEqual([]);
  });

  it("refuses a record passed twice, a deal in an unknown stage, and bad routing input", () => {
    const lead = { kind: "lead", id: "lead-1", ownerId: leaver, lifecycleStage: "sql" } as const;
    const twice = reassign([lead, lead]);
    expect(!twice.ok && twice.error.message).toContain("lead 'lead-1' appears twice");
    const unknown = reassign([{ kind: "deal", id: "deal-1", ownerId: leaver, stage: "won" }]);
    expect(!unknown.ok && unknown.error).toMatchObject({
      code: "unknown_stage",
      path: ["records", 0, "stage"],
    });
    const badCount = reassign([lead], { assignedToday: { "user-bo": -1 } });
    expect(!badCount.ok && badCount.error.code).toBe("invalid_input");
    const brokenConfig = { ...config, pipeline: { stages: [] } };
    expect(
      planReassignment(
        {
          leaver,
          records: [lead],
          users,
          teams,
          assignedToday: {},
          rotation: emptyRotationState(),
          now: T0,
          by: people.root,
        },
        brokenConfig,
      ).ok,
    ).toBe(false);
    const noFunnel = { ...config, funnel: { ...config.funnel, resetRoles: [] } };
    expect(
      planReassignment(
        {
          leaver,
          records: [lead],
          users,
          teams,
          assignedToday: {},
          rotation: emptyRotationState(),
          now: T0,
          by: people.root,
        },
        noFunnel,
      ).ok,
    ).toBe(false);
  });

  it("leaves no open record of the leaver with the leaver or without an owner or queue", () => {
    const record = fc.oneof(
      fc.record({
        kind: fc.constantFrom("account" as const, "contact" as const, "lead" as const),
        ownerId: fc.constantFrom<string | null>(leaver, leaver, "user-bo", null),
        lifecycleStage: fc.constantFrom(...LIFECYCLE_STAGES),
        country: fc.constantFrom("DE", "CN", undefined),
      }),
      fc.record({
        kind: fc.constant("deal" as const),
        ownerId: fc.constantFrom(leaver, leaver, "user-bo"),
        stage: fc.constantFrom(...config.pipeline.stages.map((s) => s.id)),
      }),
    );
    const availability = fc.record({
      active: fc.boolean(),
      dailyCap: fc.constantFrom<number | null>(null, 0, 1, 2),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 15 }),
        fc.dictionary(fc.constantFrom("user-bo", "user-sue", "user-mia"), availability),
        (drafts, changes) => {
          const records = drafts.map((r, i) => ({ ...r, id: `rec-${i}` }) as ReassignableRecord);
          const team: User[] = users.map((u) => ({ ...u, ...changes[u.id] }));
          const result = reassign(records, { users: team });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const moved = new Map(result.value.moves.map((m) => [m.record.id, m]));
          for (const r of records) {
            const closedDeal =
              r.kind === "deal" && (r.stage === "closed_won" || r.stage === "closed_lost");
            if (r.ownerId !== leaver || closedDeal) {
              expect(moved.has(r.id)).toBe(false);
              continue;
            }
            const owner = moved.get(r.id)?.owner;
            expect(owner).toBeDefined();
            if (owner?.type === "user") expect(owner.userId).not.toBe(leaver);
            if (owner?.type === "queue") expect(owner.queue.length).toBeGreaterThan(0);
          }
          for (const u of team) {
            if (u.dailyCap !== null) {
              expect(result.value.assignedToday[u.id] ?? 0).toBeLessThanOrEqual(u.dailyCap);
            }
          }
          expect(result.value.events).toHaveLength(result.value.moves.length);
        },
      ),
    );
  });
});
