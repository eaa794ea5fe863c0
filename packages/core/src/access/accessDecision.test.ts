import { describe, expect, it } from "vitest";
import { aDeal, aLead, anAccount, anActivity, aTeam, aUser } from "../../test/builders";
import {
  type AccessActorInput,
  type AccessConfigInput,
  type AccessTarget,
  type AccessTargetInput,
  Config,
  defaultConfig,
} from "../index";
import { accessDecision, canRead, canWrite } from "./accessDecision";

const config = defaultConfig();
/** A company that changed only its access rules. */
const withAccess = (access: AccessConfigInput): Config => Config.parse({ access });

const emea = aTeam({ id: "team-emea", function: "sales", managerId: "user-maria" });
const dach = aTeam({ id: "team-dach", function: "sales", parentTeamId: "team-emea" });
const apac = aTeam({ id: "team-apac", function: "sales", managerId: "user-kim" });
const mkt = aTeam({ id: "team-mkt", function: "marketing" });

const ada = aUser({ id: "user-ada", name: "Ada", roles: ["rep"], teamId: "team-emea" });
const bob = aUser({ id: "user-bob", name: "Bob", roles: ["rep"], teamId: "team-emea" });
const dora = aUser({ id: "user-dora", name: "Dora", roles: ["rep"], teamId: "team-dach" });
const kai = aUser({ id: "user-kai", name: "Kai", roles: ["rep"], teamId: "team-apac" });
const ivy = aUser({
  id: "user-ivy",
  name: "Ivy",
  roles: ["rep"],
  teamId: "team-apac",
  managerId: "user-maria",
});
const maria = aUser({ id: "user-maria", name: "Maria", roles: ["manager"], teamId: "team-emea" });
const kim = aUser({ id: "user-kim", name: "Kim", roles: ["manager"], teamId: "team-apac" });
const mia = aUser({ id: "user-mia", name: "Mia", roles: ["marketing"], teamId: "team-mkt" });
const fin = aUser({ id: "user-fin", name: "Fin", roles: ["finance"], teamId: null });
const lea = aUser({ id: "user-lea", name: "Lea", roles: ["leadership"], teamId: null });
const root = aUser({ id: "user-root", name: "Root", roles: ["admin"], teamId: null });

const ctx = {
  teams: [emea, dach, apac, mkt],
  users: [ada, bob, dora, kai, ivy, maria, kim, mia, fin, lea, root],
};

const deal = (ownerId: string): AccessTarget => ({ kind: "deal", record: aDeal({ ownerId }) });
const lead = (over: Parameters<typeof aLead>[0] = {}): AccessTarget => ({
  kind: "lead",
  record: aLead(over),
});
const read = (actor: AccessActorInput, target: AccessTargetInput, cfg = config) =>
  accessDecision("read", actor, target, ctx, cfg);
const write = (actor: AccessActorInput, target: AccessTargetInput, cfg = config) =>
  accessDecision("write", actor, target, ctx, cfg);

describe("record access", () => {
  describe("reps", () => {
    it("read and change the deals they own", () => {
      expect(read(ada, deal("user-ada"))).toEqual({
        allowed: true,
        basis: "owner",
        reason: "You own this deal.",
      });
      expect(canWrite(ada, deal("user-ada"), ctx, config)).toBe(true);
    });

    it("see a teammate's deals but may not change them", () => {
      expect(read(ada, deal("user-bob"))).toMatchObject({ allowed: true, basis: "team_scope" });
      expect(write(ada, deal("user-bob"))).toEqual({
        allowed: false,
        basis: "read_only",
        reason:
          "You can see this deal but your role rep may not change it; ask its owner or their manager.",
      });
    });

    it("do not see another team's deals, nor a child team's", () => {
      expect(read(ada, deal("user-kai"))).toMatchObject({ allowed: false, basis: "out_of_scope" });
      expect(canRead(ada, deal("user-dora"), ctx, config)).toBe(false);
    });

    it("see an account assigned to their team even when its owner sits elsewhere", () => {
      const account: AccessTarget = {
        kind: "account",
        record: anAccount({ ownerId: "user-kai", teamId: "team-emea" }),
      };
      expect(canRead(ada, account, ctx, config)).toBe(true);
      expect(canRead(dora, account, ctx, config)).toBe(false);
    });
  });

  describe("managers", () => {
    it("read and change the deals of the teams they manage and the teams below", () => {
      for (const owner of ["user-ada", "user-dora"]) {
        expect(canRead(maria, deal(owner), ctx, config)).toBe(true);
        expect(write(maria, deal(owner))).toMatchObject({ allowed: true, basis: "team_scope" });
      }
    });

    it("read and change the records of someone who reports to them in another team", () => {
      expect(write(maria, deal("user-ivy"))).toMatchObject({
        allowed: true,
        basis: "direct_report",
      });
    });

    it("do not reach another manager's team", () => {
      expect(canRead(maria, deal("user-kai"), ctx, config)).toBe(false);
      expect(canRead(kim, deal("user-ada"), ctx, config)).toBe(false);
    });
  });

  describe("leadership and admin", () => {
    it("leadership reads every record but changes none it does not own", () => {
      expect(read(lea, deal("user-kai"))).toMatchObject({ allowed: true, basis: "scope_all" });
      expect(canWrite(lea, deal("user-kai"), ctx, config)).toBe(false);
      expect(canWrite(lea, deal("user-lea"), ctx, config)).toBe(true);
    });

    it("a company can make leadership strictly read-only", () => {
      const strict = withAccess({ writeScope: { leadership: "none" } });
      expect(write(lea, deal("user-lea"), strict)).toMatchObject({
        allowed: false,
        basis: "read_only",
      });
      expect(read(lea, deal("user-lea"), strict).allowed).toBe(true);
    });

    it("admin reads and changes everything", () => {
      expect(write(root, deal("user-kai"))).toEqual({
        allowed: true,
        basis: "scope_all",
        reason: "Your role admin may change every deal.",
      });
    });
  });

  describe("finance", () => {
    it("reads every deal and account, for the money", () => {
      expect(canRead(fin, deal("user-kai"), ctx, config)).toBe(true);
      const account: AccessTarget = { kind: "account", record: anAccount({ ownerId: "user-ada" }) };
      expect(canRead(fin, account, ctx, config)).toBe(true);
      expect(canWrite(fin, deal("user-kai"), ctx, config)).toBe(false);
    });

    it("does not see marketing's leads or sales' call notes", () => {
      expect(read(fin, lead({ ownerId: "user-mia" }))).toMatchObject({
        allowed: false,
        basis: "kind_not_readable",
        reason:
          "Your role finance does not see lead records other than your own; ask its owner for what you need.",
      });
      const call: AccessTarget = { kind: "activity", record: anActivity({ actorId: "user-ada" }) };
      expect(canRead(fin, call, ctx, config)).toBe(false);
    });
  });

  describe("hand-offs", () => {
    it("let the previous owner keep reading the lead but not change it", () => {
      const handedOn = lead({ ownerId: "user-kai", previousOwnerIds: ["user-mia"] });
      expect(read(mia, handedOn)).toMatchObject({ allowed: true, basis: "previous_owner" });
      expect(write(mia, handedOn)).toEqual({
        allowed: false,
        basis: "read_only",
        reason:
          "You owned this lead before it was handed on; previous owners keep read access only. Ask its new owner to make the change.",
      });
    });
  });

  describe("private notes", () => {
    const note: AccessTarget = {
      kind: "activity",
      record: anActivity({ kind: "note", actorId: "user-ada", private: true }),
    };

    it("are read and changed by their author", () => {
      expect(read(ada, note)).toMatchObject({ allowed: true, basis: "private_note_author" });
      expect(canWrite(ada, note, ctx, config)).toBe(true);
    });

    it("are hidden from everyone else, even admin and the author's manager", () => {
      for (const other of [root, maria, bob, lea]) {
        expect(read(other, note)).toEqual({
          allowed: false,
          basis: "private_note",
          reason: "This is a private note; only its author can see it.",
        });
      }
    });

    it("do not hide an ordinary call log from the author's team", () => {
      const call: AccessTarget = { kind: "activity", record: anActivity({ actorId: "user-ada" }) };
      expect(canRead(bob, call, ctx, config)).toBe(true);
      expect(canRead(kai, call, ctx, config)).toBe(false);
    });
  });

  describe("the unassigned queue", () => {
    const unowned = lead({ ownerId: null });

    it("is visible to marketing and managers so they can triage it", () => {
      expect(read(mia, unowned)).toMatchObject({ allowed: true, basis: "unowned_queue" });
      expect(canWrite(maria, unowned, ctx, config)).toBe(true);
    });

    it("is not visible to a rep", () => {
      expect(canRead(ada, unowned, ctx, config)).toBe(false);
    });
  });

  it("gives a user with several roles the union of their rights", () => {
    const both = aUser({ id: "user-both", roles: ["rep", "finance"], teamId: "team-emea" });
    expect(canRead(both, deal("user-kai"), ctx, config)).toBe(true);
    expect(canRead(both, lead({ ownerId: "user-bob" }), ctx, config)).toBe(true);
    expect(canRead(both, lead({ ownerId: "user-kai" }), ctx, config)).toBe(false);
  });

  it("lets an inactive user do nothing, not even with their own records", () => {
    const gone = aUser({ id: "user-gone", roles: ["admin"], active: false });
    expect(read(gone, deal("user-gone"))).toMatchObject({
      allowed: false,
      basis: "inactive_actor",
    });
    expect(canWrite(gone, deal("user-gone"), ctx, config)).toBe(false);
  });

  it("denies team access when the owner is not a known user", () => {
    expect(canRead(ada, deal("user-unknown"), ctx, config)).toBe(false);
    expect(canRead(lea, deal("user-unknown"), ctx, config)).toBe(true);
  });

  it("lets a company take even owners' write access away from a role", () => {
    const frozen = withAccess({ writeScope: { rep: "none" } });
    expect(write(ada, deal("user-ada"), frozen)).toMatchObject({
      allowed: false,
      basis: "read_only",
    });
  });

  it("refuses an unknown record kind, naming the valid ones", () => {
    const bogus = { kind: "invoice", record: { id: "inv-1" } } as unknown as AccessTarget;
    expect(read(root, bogus)).toMatchObject({
      allowed: false,
      basis: "unknown_kind",
      reason: "Unknown record kind 'invoice'; use one of account, contact, lead, deal, activity.",
    });
  });

  it("checks contacts like leads", () => {
    const contact: AccessTarget = {
      kind: "contact",
      record: { id: "contact-1", ownerId: "user-bob", previousOwnerIds: [] },
    };
    expect(canRead(ada, contact, ctx, config)).toBe(true);
  });

  describe("the acting user", () => {
    it("reads a plain user without `active` as active, as the User schema does", () => {
      const plain = { id: "user-ada", roles: ["rep"], teamId: "team-emea" } as const;
      expect(read({ ...plain, roles: [...plain.roles] }, deal("user-ada"))).toEqual({
        allowed: true,
        basis: "owner",
        reason: "You own this deal.",
      });
      expect(canRead({ id: "user-ada", roles: ["rep"] }, deal("user-ada"), ctx, config)).toBe(true);
    });

    it("reads a plain user without `teamId` as in no team", () => {
      expect(canRead({ id: "user-lone", roles: ["rep"] }, deal("user-bob"), ctx, config)).toBe(
        false,
      );
    });

    it("refuses an actor without an id, saying so", () => {
      const nameless = { roles: ["rep"] } as unknown as AccessActorInput;
      const decision = read(nameless, deal("user-ada"));
      expect(decision).toMatchObject({ allowed: false, basis: "invalid_actor" });
      expect(decision.reason).toContain("The acting user is not valid — id:");
    });

    it("refuses an actor with an unknown role or none, naming the valid roles", () => {
      const boss = { id: "user-ada", roles: ["boss"] } as unknown as AccessActorInput;
      expect(read(boss, deal("user-ada"))).toEqual({
        allowed: false,
        basis: "invalid_actor",
        reason:
          "The acting user is not valid — roles[0]: unknown role 'boss'; use one of rep, manager, marketing, service, finance, legal, leadership, admin.",
      });
      expect(read({ id: "user-ada", roles: [] }, deal("user-ada")).reason).toContain(
        "roles: a user needs at least one role",
      );
    });

    it("refuses something that is not a user at all", () => {
      for (const notAUser of [undefined, null, "user-ada", 42, [], { id: 7, roles: "rep" }])
        expect(read(notAUser as unknown as AccessActorInput, deal("user-ada"))).toMatchObject({
          allowed: false,
          basis: "invalid_actor",
        });
    });

    it("sees a user deactivated in place at once, even after a check of the same object", () => {
      const leaving = { id: "user-ada", roles: ["rep" as const], active: true };
      expect(canRead(leaving, deal("user-ada"), ctx, config)).toBe(true);
      leaving.active = false;
      expect(read(leaving, deal("user-ada")).basis).toBe("inactive_actor");
      leaving.roles.push("admin" as "rep");
      leaving.active = true;
      expect(read(leaving, deal("user-kai")).basis).toBe("scope_all");
    });
  });

  describe("a malformed record, organisation or configuration", () => {
    it("refuses a record without the fields access reads, naming them", () => {
      const noOwner = { kind: "deal", record: { id: "deal-1" } } as unknown as AccessTarget;
      const decision = read(root, noOwner);
      expect(decision).toMatchObject({ allowed: false, basis: "invalid_target" });
      expect(decision.reason).toContain("The record to check is not valid — record.ownerId:");
    });

    it("refuses a target that is not a tagged record", () => {
      for (const bogus of [undefined, null, "deal-1", { record: aDeal() }, { kind: 3 }])
        expect(read(root, bogus as unknown as AccessTarget)).toMatchObject({
          allowed: false,
          basis: "invalid_target",
        });
    });

    it("reads a record's omitted optional fields with the entity defaults", () => {
      const note = { kind: "activity", record: { id: "act-1", actorId: "user-ada" } } as const;
      expect(read(bob, note)).toMatchObject({ allowed: true, basis: "team_scope" });
      const lead = { kind: "lead", record: { id: "lead-1", ownerId: "user-bob" } } as const;
      expect(read(ada, lead)).toMatchObject({ allowed: true, basis: "team_scope" });
    });

    it("refuses an organisation that is not a list of teams and users", () => {
      const broken = { teams: "emea", users: [{ id: "" }] } as unknown as typeof ctx;
      const decision = accessDecision("read", ada, deal("user-ada"), broken, config);
      expect(decision).toMatchObject({ allowed: false, basis: "invalid_context" });
      expect(decision.reason).toContain("The access context is not valid — teams:");
      expect(decision.reason).toContain("users[0].id:");
      expect(canRead(ada, deal("user-ada"), undefined as unknown as typeof ctx, config)).toBe(
        false,
      );
    });

    it("needs only the team and user fields access reads", () => {
      const lean = {
        teams: [{ id: "team-emea", managerId: "user-maria" }],
        users: [{ id: "user-bob", teamId: "team-emea" }],
      };
      expect(canRead(ada, deal("user-bob"), lean, config)).toBe(true);
      expect(canWrite(maria, deal("user-bob"), lean, config)).toBe(true);
    });

    it("reads an organisation again when its lists are replaced or grow", () => {
      const org = { teams: [emea], users: [ada] };
      expect(canRead(ada, deal("user-bob"), org, config)).toBe(false);
      org.users.push(bob);
      expect(canRead(ada, deal("user-bob"), org, config)).toBe(true);
    });

    it("refuses an invalid configuration with the reason, and never throws", () => {
      const bad = { access: { readScope: { rep: "everything" } } } as unknown as Config;
      const decision = read(ada, deal("user-ada"), bad);
      expect(decision).toMatchObject({ allowed: false, basis: "invalid_config" });
      expect(decision.reason).toContain("The configuration is not valid — access.readScope.rep");
      expect(canRead(ada, deal("user-ada"), ctx, undefined as unknown as Config)).toBe(false);
      expect(canWrite(ada, deal("user-ada"), ctx, null as unknown as Config)).toBe(false);
    });

    it("accepts a hand-built partial configuration, filling the rest with defaults", () => {
      const handBuilt = { access: { writeScope: { rep: "none" } } } as unknown as Config;
      expect(write(ada, deal("user-ada"), handBuilt)).toMatchObject({ basis: "read_only" });
      expect(read(ada, deal("user-bob"), handBuilt)).toMatchObject({ basis: "team_scope" });
    });

    it("refuses an action other than read or write", () => {
      const decision = accessDecision(
        "delete" as unknown as "read",
        root,
        deal("user-ada"),
        ctx,
        config,
      );
      expect(decision).toEqual({
        allowed: false,
        basis: "invalid_action",
        reason: "Unknown access action 'delete'; use read or write.",
      });
      expect(
        accessDecision(1 as unknown as "read", root, deal("user-ada"), ctx, config).reason,
      ).toBe("Unknown access action (not a string); use read or write.");
    });
  });
});
