import { addDays, formatISO } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  aFunnelCompany,
  aLead,
  anAccount,
  aTeam,
  someMalformedConfigs,
  T0,
} from "../../test/builders";
import { emptyRotationState } from "../assignment/rotationState";
import type { Config } from "../config/config";
import type { UserInput } from "../entities/user";
import { HandedOffEvent } from "./events";
import { type HandOffInput, type HandOffRecord, planHandOff } from "./handOff";

const company = aFunnelCompany();
const { people, teams, users, config } = company;

const handOffInput = <R extends HandOffRecord>(
  record: R,
  over: Partial<HandOffInput<R>> = {},
): HandOffInput<R> => ({
  kind: "lead",
  record,
  from: "mql",
  to: "sql",
  by: people.mia,
  at: T0,
  users,
  teams,
  assignedToday: {},
  rotation: emptyRotationState(),
  ...over,
});

const handOff = <R extends HandOffRecord>(
  record: R,
  over: Partial<HandOffInput<R>> = {},
  withConfig: Config = config,
) => planHandOff(handOffInput(record, over), withConfig);

const outOfOffice = { start: addDays(T0, -1), end: addDays(T0, 1) };

describe("hand-off", () => {
  it("gives an MQL to the next sales rep, who must touch it within 4 business hours of their day", () => {
    const lead = aLead({
      id: "lead-linus",
      lifecycleStage: "sql",
      ownerId: people.mia.id,
      ownerQueue: "nurture",
    });
    const result = handOff(lead);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = result.value;
    expect(plan.owner).toEqual({ type: "user", userId: "user-ada" });
    expect(plan.record).toEqual({
      ...lead,
      ownerId: "user-ada",
      ownerQueue: null,
      previousOwnerIds: [people.mia.id],
    });
    // Monday 10:00 in Berlin + 4 business hours = 14:00 Berlin.
    expect(plan.slaDueAt).toEqual(new Date("2026-03-02T13:00:00Z"));
    expect(plan.slaTimeZone).toBe("Europe/Berlin");
    expect(plan.ruleId).toBe("sales-hand-off");
    expect(plan.rotation.byRule["sales-hand-off"]).toEqual({
      type: "round_robin",
      lastUserId: "user-ada",
    });
    expect(plan.assignedToday).toEqual({ "user-ada": 1 });
    expect(HandedOffEvent.parse(plan.event)).toEqual({
      type: "handed_off",
      at: T0,
      by: people.mia.id,
      record: { kind: "lead", id: "lead-linus", name: "Linus Lead" },
      fromStage: "mql",
      toStage: "sql",
      fromTeam: "marketing",
      toTeam: "sales",
      fromOwnerId: people.mia.id,
      toOwner: { type: "user", userId: "user-ada" },
      ruleId: "sales-hand-off",
      explanation: plan.explanation,
      slaHours: 4,
      slaDueAt: new Date("2026-03-02T13:00:00Z"),
      slaTimeZone: "Europe/Berlin",
    });
    expect(plan.explanation.join(" ")).toContain("Ada Rep");
  });

  it("counts the SLA in the new owner's own time zone", () => {
    const first = handOff(aLead({ ownerId: people.mia.id }));
    if (!first.ok) throw new Error(first.error.message);
    const second = handOff(aLead({ ownerId: people.mia.id }), {
      rotation: first.value.rotation,
      assignedToday: first.value.assignedToday,
    });
    expect(second.ok && second.value.owner).toEqual({ type: "user", userId: "user-bo" });
    // Monday 17:00 in Shanghai is closing time: Tuesday 09:00 + 4h = 13:00 Shanghai.
    expect(second.ok && second.value.slaDueAt).toEqual(new Date("2026-03-03T05:00:00Z"));
    expect(second.ok && second.value.assignedToday).toEqual({ "user-ada": 1, "user-bo": 1 });
  });

  it("queues the record when no rep is available and counts the SLA in the sales manager's zone", () => {
    const away = users.map((u) =>
      u.id === "user-ada"
        ? { ...u, active: false }
        : u.id === "user-bo"
          ? { ...u, outOfOffice }
          : u,
    );
    const account = anAccount({
      lifecycleStage: "sql",
      ownerId: people.mia.id,
      teamId: "team-marketing",
    });
    const result = handOff(account, { kind: "account", users: away });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.owner).toEqual({ type: "queue", queue: "unassigned" });
    expect(result.value.record).toMatchObject({
      ownerId: null,
      ownerQueue: "unassigned",
      teamId: "team-sales",
    });
    expect(result.value.record.previousOwnerIds).toEqual([people.mia.id]);
    expect(result.value.ruleId).toBeNull();
    expect(result.value.assignedToday).toEqual({});
    // 09:00 in New York is 14:00 UTC (EST); + 4 business hours.
    expect(result.value.slaTimeZone).toBe("America/New_York");
    expect(result.value.slaDueAt).toEqual(new Date("2026-03-02T18:00:00Z"));
  });

  it("counts a queued record's SLA in UTC when the receiving team has no manager", () => {
    const unmanaged = [aTeam({ id: "team-sales", function: "sales", managerId: null })];
    const result = handOff(aLead({ ownerId: null }), { users: [], teams: unmanaged });
    expect(result.ok && result.value).toMatchObject({
      owner: { type: "queue" },
      slaTimeZone: "UTC",
      slaDueAt: new Date("2026-03-02T13:00:00Z"),
      teamId: "team-sales",
    });
    const noTeam = handOff(aLead({ ownerId: null }), { users: [], teams: [] });
    expect(noTeam.ok && noTeam.value).toMatchObject({ slaTimeZone: "UTC", teamId: null });
  });

  it("moves an account to its new owner's team", () => {
    const account = anAccount({ ownerId: people.ada.id, teamId: "team-sales" });
    const result = handOff(account, { kind: "account", from: "opportunity", to: "customer" });
    expect(result.ok && result.value.record).toMatchObject({
      ownerId: "user-sue",
      teamId: "team-service",
      previousOwnerIds: [people.ada.id],
    });
    // Service has 8 business hours; Monday 17:00 in Shanghai → Tuesday 17:00 Shanghai.
    expect(result.ok && result.value.slaDueAt).toEqual(new Date("2026-03-03T09:00:00Z"));
  });

  it("starts no SLA for a team without one", () => {
    const result = handOff(aLead({ ownerId: people.ada.id }), { from: "sql", to: "recycled" });
    expect(result.ok && result.value).toMatchObject({
      owner: { type: "user", userId: "user-mia" },
      toTeam: "marketing",
      slaDueAt: null,
      event: { slaHours: null, slaDueAt: null },
    });
  });

  it("keeps the previous owners list free of repeats and of the new owner", () => {
    const lead = aLead({ ownerId: people.mia.id, previousOwnerIds: [people.mia.id] });
    const again = handOff(lead);
    expect(again.ok && again.value.record.previousOwnerIds).toEqual([people.mia.id]);
    const unowned = handOff(aLead({ ownerId: null }));
    expect(unowned.ok && unowned.value.record.previousOwnerIds).toEqual([]);
    const sameOwner = handOff(aLead({ ownerId: "user-ada" }));
    expect(sameOwner.ok && sameOwner.value.record.previousOwnerIds).toEqual([]);
  });

  it("refuses a move that stays with one team or enters a stage no team owns", () => {
    const within = handOff(aLead(), { from: "lead", to: "mql" });
    expect(!within.ok && within.error).toMatchObject({ code: "not_a_hand_off" });
    expect(!within.ok && within.error.message).toContain("stays with marketing");
    const parked = handOff(aLead(), { from: "lead", to: "other" });
    expect(!parked.ok && parked.error.message).toContain("enters a stage no team owns");
  });

  it("refuses malformed input, routing input or configuration", () => {
    expect(handOff({ ...aLead(), id: "" })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    const twice = handOff(aLead(), { users: [...users, people.ada] });
    expect(!twice.ok && twice.error.message).toContain("appears twice");
    const broken = { ...config, funnel: { ...config.funnel, resetRoles: [] } };
    expect(handOff(aLead(), {}, broken).ok).toBe(false);
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    for (const malformed of [...someMalformedConfigs(), { assignment: { rules: "round robin" } }]) {
      const result = planHandOff(handOffInput(aLead()), malformed as unknown as Config);
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      expect(!result.ok && result.error.message).toMatch(/^The configuration is not valid — /);
    }
  });

  it("takes a hand-built partial configuration, the rest defaulted", () => {
    const handBuilt = {
      assignment: config.assignment,
      funnel: { handOffSlaHours: { sales: 2 } },
    } as unknown as Config;
    const result = handOff(aLead({ ownerId: people.mia.id }), {}, handBuilt);
    // Ada's Monday 10:00 in Berlin + 2 business hours = 12:00 Berlin.
    expect(result.ok && result.value.slaDueAt).toEqual(new Date("2026-03-02T11:00:00Z"));
    const serviceStillHasItsSla = handOff(
      anAccount({ ownerId: people.ada.id }),
      { kind: "account", from: "opportunity", to: "customer" },
      handBuilt,
    );
    expect(serviceStillHasItsSla.ok && serviceStillHasItsSla.value.event.slaHours).toBe(8);
  });

  it("starts no SLA for a team whose SLA the company switched off", () => {
    const noServiceSla = {
      assignment: config.assignment,
      funnel: { handOffSlaHours: { service: null } },
    } as unknown as Config;
    const result = handOff(
      anAccount({ ownerId: people.ada.id }),
      { kind: "account", from: "opportunity", to: "customer" },
      noServiceSla,
    );
    expect(result.ok && result.value).toMatchObject({
      toTeam: "service",
      slaDueAt: null,
      event: { slaHours: null },
    });
  });

  it("reads a plain new owner as the User schema does: no time zone means UTC", () => {
    const plainAda: UserInput = { id: "user-ada", name: "Ada Rep", roles: ["rep"] };
    const result = handOff(aLead({ ownerId: people.mia.id }), {
      users: [plainAda, people.bo, people.sol],
    });
    expect(result.ok && result.value).toMatchObject({
      owner: { type: "user", userId: "user-ada" },
      slaTimeZone: "UTC",
      slaDueAt: new Date("2026-03-02T13:00:00Z"),
      teamId: null,
    });
  });

  it("finds the new owner by their checked id, however it was padded", () => {
    const padded: UserInput = { ...people.ada, id: " user-ada " };
    const result = handOff(aLead({ ownerId: people.mia.id }), {
      users: [padded, people.bo, people.sol],
    });
    expect(result.ok && result.value).toMatchObject({
      owner: { type: "user", userId: "user-ada" },
      slaTimeZone: "Europe/Berlin",
      teamId: "team-sales",
    });
  });

  it("counts a queued record's SLA in a plain manager's zone: UTC by default", () => {
    const plainSol: UserInput = { id: "user-sol", name: "Sol Sales", roles: ["manager"] };
    const result = handOff(aLead({ ownerId: null }), { users: [plainSol] });
    expect(result.ok && result.value).toMatchObject({
      owner: { type: "queue" },
      slaTimeZone: "UTC",
      slaDueAt: new Date("2026-03-02T13:00:00Z"),
      teamId: "team-sales",
    });
  });

  it("passes on a business-hours calendar with no working time", () => {
    const mondays = Array.from({ length: 60 }, (_, i) =>
      formatISO(addDays(T0, i * 7), { representation: "date" }),
    );
    const noWork = {
      ...config,
      funnel: {
        ...config.funnel,
        businessHours: { ...config.funnel.businessHours, days: [1], holidays: mondays },
      },
    };
    const result = handOff(aLead(), {}, noWork);
    expect(!result.ok && result.error.code).toBe("no_working_time");
  });
});
