import { describe, expect, it } from "vitest";
import { aContact, anAccount, T0 } from "../../test/builders";
import { defaultConfig } from "../index";
import { planMerge } from "./planMerge";

const config = defaultConfig();
const DAY = 86_400_000;
const later = new Date(T0.getTime() + 10 * DAY);

const survivor = anAccount({
  id: "acct-acme",
  name: "Acme",
  domain: "acme.com",
  industry: "software",
  lifecycleStage: "opportunity",
  ownerId: "user-ada",
  teamId: "team-sales",
  previousOwnerIds: ["user-mia"],
  createdAt: later,
});
const duplicate = anAccount({
  id: "acct-acme-2",
  name: "Acme Corporation",
  industry: "manufacturing",
  region: "emea",
  lifecycleStage: "customer",
  ownerId: "user-bo",
  teamId: "team-sales",
  createdAt: T0,
});

const plan = (request: Parameters<typeof planMerge>[0]) => {
  const result = planMerge(request, config);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
/** The plan of an account merge, typed as one. */
const planAccounts = (request: Parameters<typeof planMerge>[0]) => {
  const result = plan(request);
  if (result.kind !== "account") throw new Error("expected an account merge plan");
  return result;
};

describe("merge plan for accounts", () => {
  const merged = planAccounts({
    kind: "account",
    survivor: { ...survivor, updatedAt: later },
    duplicate: { ...duplicate, updatedAt: T0 },
    references: {
      activities: [
        { id: "act-1", accountId: "acct-acme-2" },
        { id: "act-2", accountId: "acct-acme" },
      ],
      deals: [{ id: "deal-1", accountId: "acct-acme-2" }],
      contacts: [{ id: "contact-1", accountId: "acct-acme-2" }],
      accounts: [{ id: "acct-child", parentId: "acct-acme-2" }],
    },
  });

  it("keeps the survivor's id and fills its empty fields from the duplicate", () => {
    expect(merged.merged.id).toBe("acct-acme");
    expect(merged.merged.region).toBe("emea");
    expect(merged.merged.domain).toBe("acme.com");
  });

  it("keeps the more specific name and the further funnel stage", () => {
    expect(merged.merged.name).toBe("Acme Corporation");
    expect(merged.merged.lifecycleStage).toBe("customer");
  });

  it("keeps firmographics from the record updated more recently", () => {
    expect(merged.merged.industry).toBe("software");
  });

  it("keeps the survivor's owner, and the other owner keeps read access as a previous owner", () => {
    expect(merged.merged.ownerId).toBe("user-ada");
    expect(merged.merged.previousOwnerIds).toEqual(["user-mia", "user-bo"]);
  });

  it("dates the merged account from the earlier record", () => {
    expect(merged.merged.createdAt).toEqual(T0);
  });

  it("lists every value it sets aside as a conflict", () => {
    expect(merged.conflicts.map((c) => [c.field, c.kept, c.setAside])).toEqual([
      ["name", "Acme Corporation", "Acme"],
      ["industry", "software", "manufacturing"],
      ["lifecycleStage", "customer", "opportunity"],
      ["ownerId", "user-ada", "user-bo"],
    ]);
  });

  it("re-points every activity, deal, contact and child account of the duplicate, and nothing else", () => {
    expect(merged.repoints).toEqual([
      { entity: "activity", id: "act-1", field: "accountId", from: "acct-acme-2", to: "acct-acme" },
      { entity: "deal", id: "deal-1", field: "accountId", from: "acct-acme-2", to: "acct-acme" },
      {
        entity: "contact",
        id: "contact-1",
        field: "accountId",
        from: "acct-acme-2",
        to: "acct-acme",
      },
      {
        entity: "account",
        id: "acct-child",
        field: "parentId",
        from: "acct-acme-2",
        to: "acct-acme",
      },
    ]);
  });

  it("says where each field came from", () => {
    const source = Object.fromEntries(merged.fields.map((f) => [f.field, f.source]));
    expect(source).toMatchObject({
      id: "survivor",
      name: "duplicate",
      region: "duplicate",
      domain: "survivor",
      sizeBand: "neither",
      previousOwnerIds: "combined",
      createdAt: "duplicate",
    });
  });

  it("takes newer firmographics from the duplicate when it was updated later", () => {
    const newer = planAccounts({
      kind: "account",
      survivor: { ...survivor, updatedAt: T0 },
      duplicate: { ...duplicate, updatedAt: later },
    });
    expect(newer.merged.industry).toBe("manufacturing");
  });

  it("never makes the merged account its own parent", () => {
    const looped = planAccounts({
      kind: "account",
      survivor: { ...survivor, parentId: "acct-acme-2" },
      duplicate: { ...duplicate, parentId: "acct-holding" },
      references: { accounts: [{ id: "acct-acme", parentId: "acct-acme-2" }] },
    });
    expect(looped.merged.parentId).toBe("acct-holding");
    expect(looped.conflicts.find((c) => c.field === "parentId")).toMatchObject({
      kept: null,
      setAside: "acct-acme-2",
    });
    expect(looped.repoints).toEqual([]);
  });

  it("takes the duplicate's owner when the survivor has none", () => {
    const unowned = plan({
      kind: "account",
      survivor: { ...survivor, ownerId: null, ownerQueue: "sales-queue" },
      duplicate,
    });
    expect(unowned.merged).toMatchObject({ ownerId: "user-bo", ownerQueue: null });
  });

  it("keeps the survivor's stage when a stage is off the forward path", () => {
    const churned = plan({
      kind: "account",
      survivor: { ...survivor, lifecycleStage: "churned" },
      duplicate,
    });
    expect(churned.merged.lifecycleStage).toBe("churned");
  });

  it("refuses to merge a record with itself", () => {
    const result = planMerge({ kind: "account", survivor, duplicate: survivor }, config);
    expect(!result.ok && result.error.code).toBe("same_record");
  });
});

describe("merge plan for contacts", () => {
  it("keeps the survivor's email, lists the other, and re-points activities and deals", () => {
    const merged = plan({
      kind: "contact",
      survivor: aContact({ id: "c1", name: "Grace Hopper", email: "grace@navy.mil" }),
      duplicate: aContact({
        id: "c2",
        name: "Grace B. Hopper",
        email: "ghopper@navy.mil",
        phone: "+1 415 555 2671",
        title: "Rear Admiral",
      }),
      references: {
        activities: [{ id: "act-9", contactId: "c2" }],
        deals: [{ id: "deal-9", accountId: "acct-navy", contactIds: ["c2", "c7"] }],
      },
    });
    expect(merged.merged).toMatchObject({
      id: "c1",
      name: "Grace B. Hopper",
      email: "grace@navy.mil",
      phone: "+1 415 555 2671",
      title: "Rear Admiral",
    });
    expect(merged.conflicts.find((c) => c.field === "email")?.setAside).toBe("ghopper@navy.mil");
    expect(merged.repoints.map((r) => [r.entity, r.id, r.field])).toEqual([
      ["activity", "act-9", "contactId"],
      ["deal", "deal-9", "contactIds"],
    ]);
  });

  it("refuses a kind of record it cannot merge", () => {
    const result = planMerge(
      { kind: "lead", survivor: aContact(), duplicate: aContact() } as never,
      config,
    );
    expect(!result.ok && result.error.code).toBe("invalid_input");
  });
});
