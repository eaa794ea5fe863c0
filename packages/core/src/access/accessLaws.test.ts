import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyValue, aTeam, aUser } from "../../test/builders";
import {
  ACCESS_BASES,
  type AccessTarget,
  Config,
  defaultConfig,
  READ_SCOPES,
  RECORD_FIELDS,
  RECORD_KINDS,
  ROLES,
  type Role,
  WRITE_SCOPES,
} from "../index";
import { accessDecision, canRead, canWrite } from "./accessDecision";
import { canSeeField, redactRecord, visibleFields } from "./fieldVisibility";

const USER_IDS = ["u0", "u1", "u2", "u3", "u4"] as const;
const TEAM_IDS = ["t0", "t1", "t2"] as const;

const userId = fc.constantFrom(...USER_IDS);
const teamId = fc.option(fc.constantFrom(...TEAM_IDS), { nil: null });
const roles = fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1 });
const perRole = <T>(value: fc.Arbitrary<T>) =>
  fc.record(Object.fromEntries(ROLES.map((r) => [r, value])) as Record<Role, fc.Arbitrary<T>>);

/** Any company's access rules, not only the defaults: the laws must hold for every configuration. */
const anyConfig = fc
  .record({
    readScope: perRole(fc.constantFrom(...READ_SCOPES)),
    writeScope: perRole(fc.constantFrom(...WRITE_SCOPES)),
    readableKinds: perRole(fc.subarray([...RECORD_KINDS])),
    unownedRecordRoles: fc.subarray([...ROLES]),
    hiddenFields: perRole(
      fc.record(
        Object.fromEntries(
          RECORD_KINDS.map((kind) => [
            kind,
            fc.subarray(RECORD_FIELDS[kind].filter((field) => field !== "id")),
          ]),
        ),
      ),
    ),
  })
  .map((access) => Config.parse({ access }));

const world = fc.record({
  teams: fc.tuple(
    ...TEAM_IDS.map((id) =>
      fc
        .record({
          managerId: fc.option(userId, { nil: null }),
          parentTeamId: teamId,
        })
        .map((t) => aTeam({ id, ...t })),
    ),
  ),
  users: fc.tuple(
    ...USER_IDS.map((id) =>
      fc
        .record({
          roles,
          teamId,
          managerId: fc.option(userId, { nil: null }),
          active: fc.boolean(),
        })
        .map((u) => aUser({ id, ...u })),
    ),
  ),
});

const target: fc.Arbitrary<AccessTarget> = fc.oneof(
  fc
    .record({
      ownerId: fc.option(userId, { nil: null }),
      teamId,
      previousOwnerIds: fc.subarray([...USER_IDS]),
    })
    .map((r) => ({ kind: "account" as const, record: { id: "a-1", ...r } })),
  fc
    .record({
      ownerId: fc.option(userId, { nil: null }),
      previousOwnerIds: fc.subarray([...USER_IDS]),
    })
    .map((r) => ({ kind: "lead" as const, record: { id: "l-1", ...r } })),
  fc
    .record({
      ownerId: fc.option(userId, { nil: null }),
      previousOwnerIds: fc.subarray([...USER_IDS]),
    })
    .map((r) => ({ kind: "contact" as const, record: { id: "c-1", ...r } })),
  userId.map((ownerId) => ({ kind: "deal" as const, record: { id: "d-1", ownerId } })),
  fc
    .record({ actorId: userId, private: fc.boolean() })
    .map((r) => ({ kind: "activity" as const, record: { id: "act-1", ...r } })),
);

const ownerOf = (t: AccessTarget): string | null =>
  t.kind === "activity" ? t.record.actorId : t.record.ownerId;

const isPrivate = (t: AccessTarget): boolean => t.kind === "activity" && t.record.private;

const scenario = fc.record({
  world,
  config: anyConfig,
  actorIndex: fc.integer({ min: 0, max: USER_IDS.length - 1 }),
  target,
  extraRole: fc.constantFrom(...ROLES),
});

describe("access laws", () => {
  it("an active user can always read what they own", () => {
    fc.assert(
      fc.property(scenario, ({ world: w, config, actorIndex, target: t }) => {
        const actor = { ...(w.users[actorIndex] ?? aUser()), active: true };
        if (ownerOf(t) !== actor.id) return;
        expect(canRead(actor, t, w, config)).toBe(true);
      }),
    );
  });

  it("a previous owner can always read the record, unless it is a private note", () => {
    fc.assert(
      fc.property(scenario, ({ world: w, config, actorIndex, target: t }) => {
        const actor = { ...(w.users[actorIndex] ?? aUser()), active: true };
        if (t.kind === "activity" || t.kind === "deal") return;
        if (!t.record.previousOwnerIds.includes(actor.id)) return;
        expect(canRead(actor, t, w, config)).toBe(true);
      }),
    );
  });

  it("a private note is never readable by anyone but its author", () => {
    fc.assert(
      fc.property(scenario, ({ world: w, config, actorIndex, target: t }) => {
        const actor = w.users[actorIndex] ?? aUser();
        if (!isPrivate(t) || ownerOf(t) === actor.id) return;
        const admin = { ...actor, roles: [...ROLES], active: true };
        expect(canRead(actor, t, w, config)).toBe(false);
        expect(canRead(admin, t, w, config)).toBe(false);
      }),
    );
  });

  it("whoever may change a record may read it", () => {
    fc.assert(
      fc.property(scenario, ({ world: w, config, actorIndex, target: t }) => {
        const actor = w.users[actorIndex] ?? aUser();
        if (canWrite(actor, t, w, config)) expect(canRead(actor, t, w, config)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("adding a role never takes a right away", () => {
    fc.assert(
      fc.property(scenario, ({ world: w, config, actorIndex, target: t, extraRole }) => {
        const actor = w.users[actorIndex] ?? aUser();
        const promoted = { ...actor, roles: [...new Set([...actor.roles, extraRole])] };
        if (canRead(actor, t, w, config)) expect(canRead(promoted, t, w, config)).toBe(true);
        if (canWrite(actor, t, w, config)) expect(canWrite(promoted, t, w, config)).toBe(true);
        const before = visibleFields(actor, t.kind, config);
        const after = visibleFields(promoted, t.kind, config);
        for (const field of before) expect(after).toContain(field);
      }),
      { numRuns: 500 },
    );
  });

  it("an inactive user can do nothing", () => {
    fc.assert(
      fc.property(scenario, ({ world: w, config, actorIndex, target: t }) => {
        const actor = { ...(w.users[actorIndex] ?? aUser()), active: false };
        expect(canRead(actor, t, w, config)).toBe(false);
        expect(canWrite(actor, t, w, config)).toBe(false);
        expect(visibleFields(actor, t.kind, config)).toEqual([]);
      }),
    );
  });

  it("the scenarios grant reads and writes often enough for the laws to bite", () => {
    const samples = fc.sample(scenario, { numRuns: 1000, seed: 42 });
    const reads = samples.filter(({ world: w, config, actorIndex, target: t }) =>
      canRead(w.users[actorIndex] ?? aUser(), t, w, config),
    ).length;
    const writes = samples.filter(({ world: w, config, actorIndex, target: t }) =>
      canWrite(w.users[actorIndex] ?? aUser(), t, w, config),
    ).length;
    expect(reads).toBeGreaterThan(100);
    expect(writes).toBeGreaterThan(50);
  });

  describe("for any input at all", () => {
    const anything = anyValue;
    const basis = new Set<string>(ACCESS_BASES);
    const isDecision = (d: ReturnType<typeof accessDecision>) =>
      typeof d.allowed === "boolean" && basis.has(d.basis) && d.reason.length > 0;

    /** A valid call, so replacing one argument or one field of it reaches every check. */
    const valid = {
      actor: aUser({ id: "u0", roles: ["rep"], teamId: "t0" }),
      target: { kind: "lead", record: { id: "l-1", ownerId: "u1", previousOwnerIds: [] } },
      ctx: { teams: [aTeam({ id: "t0" })], users: [aUser({ id: "u1", teamId: "t0" })] },
      config: defaultConfig(),
    };
    type Call = { -readonly [K in keyof typeof valid]: unknown };
    const decideAll = ({ actor, target, ctx, config }: Call) => {
      const [a, t, c, cfg] = [actor, target, ctx, config] as [never, never, never, never];
      const decisions = [
        accessDecision("read", a, t, c, cfg),
        accessDecision("write", a, t, c, cfg),
      ];
      for (const d of decisions) expect(isDecision(d)).toBe(true);
      expect(typeof canRead(a, t, c, cfg)).toBe("boolean");
      expect(typeof canWrite(a, t, c, cfg)).toBe("boolean");
      expect(Array.isArray(visibleFields(a, "lead", cfg))).toBe(true);
      expect(typeof canSeeField(a, "lead", "name", cfg)).toBe("boolean");
      redactRecord(a, "lead", { id: "l-1", name: "x" }, cfg);
      return decisions;
    };

    it("the valid call is allowed, so the replacements below test the checks", () => {
      expect(decideAll(valid)[0]).toMatchObject({ allowed: true, basis: "team_scope" });
    });

    it("access never throws whatever the actor, record, organisation and configuration", () => {
      fc.assert(
        fc.property(anything, anything, anything, anything, (actor, target, ctx, config) => {
          decideAll({ actor, target, ctx, config });
        }),
        { numRuns: 300 },
      );
    });

    it("access never throws when one argument of a valid call is anything", () => {
      fc.assert(
        fc.property(
          fc.constantFrom("actor", "target", "ctx", "config"),
          anything,
          (which, value) => {
            decideAll({ ...valid, [which]: value });
          },
        ),
        { numRuns: 500 },
      );
    });

    it("access never throws when one field of a valid call is anything", () => {
      const fields = {
        actor: ["id", "roles", "teamId", "active"],
        target: ["kind", "record"],
        ctx: ["teams", "users"],
      } as const;
      const oneField = fc.constantFrom(
        ...Object.entries(fields).flatMap(([arg, keys]) => keys.map((key) => [arg, key] as const)),
      );
      fc.assert(
        fc.property(oneField, anything, ([arg, key], value) => {
          const changed = { ...(valid[arg as keyof typeof fields] as object), [key]: value };
          const [first] = decideAll({ ...valid, [arg]: changed });
          if (first && !first.allowed) expect(first.reason).toMatch(/\.$/);
        }),
        { numRuns: 800 },
      );
    });

    it("access never throws when a field of the record or of a listed user is anything", () => {
      const place = fc.constantFrom(
        "record.id",
        "record.ownerId",
        "record.previousOwnerIds",
        "user",
        "user.id",
        "team.managerId",
        "role",
      );
      fc.assert(
        fc.property(place, anything, (where, value) => {
          const record = { ...valid.target.record };
          const user = { ...(valid.ctx.users[0] ?? aUser()) };
          const team = { ...(valid.ctx.teams[0] ?? aTeam()) };
          let users: unknown[] = [user];
          let roles: unknown[] = ["rep"];
          if (where === "record.id") Object.assign(record, { id: value });
          if (where === "record.ownerId") Object.assign(record, { ownerId: value });
          if (where === "record.previousOwnerIds")
            Object.assign(record, { previousOwnerIds: value });
          if (where === "user") users = [value];
          if (where === "user.id") Object.assign(user, { id: value });
          if (where === "team.managerId") Object.assign(team, { managerId: value });
          if (where === "role") roles = [value];
          decideAll({
            ...valid,
            actor: { ...valid.actor, roles },
            target: { kind: "lead", record },
            ctx: { teams: [team], users },
          });
        }),
        { numRuns: 500 },
      );
    });
  });
});
