import { addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  aContact,
  aDeal,
  aFunnelCompany,
  anAccount,
  someMalformedConfigs,
  T0,
} from "../../test/builders";
import { emptyRotationState } from "../assignment/rotationState";
import type { Config } from "../config/config";
import type { Account } from "../entities/account";
import type { Contact } from "../entities/contact";
import type { Deal } from "../entities/deal";
import { type CloseDealWonInput, closeDealWon } from "./closeDealWon";
import { FunnelEvent } from "./events";

const { people, teams, users, config } = aFunnelCompany();
const { ada } = people;
const at = addHours(T0, 2);

const world = (over: { account?: Partial<Account>; contacts?: Partial<Contact>[] } = {}) => {
  const account = anAccount({
    id: "acct-acme",
    lifecycleStage: "opportunity",
    ownerId: ada.id,
    teamId: "team-sales",
    ...over.account,
  });
  const contacts = (
    over.contacts ?? [{ lifecycleStage: "opportunity" }, { lifecycleStage: "sql" }]
  ).map((c, i) =>
    aContact({ id: `contact-${i + 1}`, accountId: account.id, ownerId: ada.id, ...c }),
  );
  const deal = aDeal({
    accountId: account.id,
    ownerId: ada.id,
    stage: "negotiation",
    contactIds: contacts.map((c) => c.id),
  });
  return { deal, account, contacts };
};

const close = (input: Partial<CloseDealWonInput> & { deal: Deal }, withConfig = config) =>
  closeDealWon(
    {
      account: world().account,
      contacts: [],
      by: ada,
      at,
      users,
      teams,
      assignedToday: {},
      rotation: emptyRotationState(),
      ...input,
    },
    withConfig,
  );

describe("closing a deal won", () => {
  it("wins the deal, makes its contacts and account customers and hands the account to service", () => {
    const { deal, account, contacts } = world();
    const result = close({ deal, account, contacts });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const won = result.value;
    expect(won.deal).toMatchObject({ stage: "closed_won", closedAt: at });
    expect(won.deal.stageHistory.at(-1)).toEqual({ stage: "closed_won", at, by: ada.id });
    expect(won.account).toMatchObject({
      lifecycleStage: "customer",
      ownerId: "user-sue",
      teamId: "team-service",
      previousOwnerIds: [ada.id],
    });
    expect(won.contacts.map((c) => [c.id, c.lifecycleStage, c.ownerId])).toEqual([
      ["contact-1", "customer", ada.id],
      ["contact-2", "customer", ada.id],
    ]);
    expect(won.audit.map((a) => [a.record.id, a.from, a.to, a.reset])).toEqual([
      ["acct-acme", "opportunity", "customer", false],
      ["contact-1", "opportunity", "customer", false],
      ["contact-2", "sql", "customer", false],
    ]);
    expect(won.events.map((e) => e.type)).toEqual([
      "deal_closed_won",
      "stage_changed",
      "handed_off",
      "stage_changed",
      "stage_changed",
    ]);
    for (const event of won.events) expect(FunnelEvent.parse(event)).toEqual(event);
    expect(won.events[0]).toMatchObject({
      deal: { id: deal.id, accountId: "acct-acme", ownerId: ada.id },
      from: "negotiation",
      to: "closed_won",
      contactIds: ["contact-1", "contact-2"],
    });
    expect(won.handOff).toMatchObject({ toTeam: "service", owner: { userId: "user-sue" } });
    expect(won.rotation).toEqual(won.handOff?.rotation);
    expect(won.assignedToday).toEqual({ "user-sue": 1 });
  });

  it("leaves an existing customer's account with service, without a hand-off", () => {
    const { deal, account, contacts } = world({
      account: { lifecycleStage: "customer", ownerId: "user-sue" },
      contacts: [{ lifecycleStage: "evangelist" }],
    });
    const result = close({ deal, account, contacts });
    expect(result.ok && result.value).toMatchObject({
      account: { lifecycleStage: "customer", ownerId: "user-sue" },
      handOff: null,
      audit: [],
    });
    expect(result.ok && result.value.contacts[0]?.lifecycleStage).toBe("evangelist");
    expect(result.ok && result.value.events.map((e) => e.type)).toEqual(["deal_closed_won"]);
  });

  it("wins back a churned account without changing its team", () => {
    const { deal, account, contacts } = world({
      account: { lifecycleStage: "churned", ownerId: "user-sue" },
      contacts: [{ lifecycleStage: "churned" }],
    });
    const result = close({ deal, account, contacts });
    expect(result.ok && result.value.audit.map((a) => a.to)).toEqual(["customer", "customer"]);
    expect(result.ok && result.value.handOff).toBeNull();
  });

  it("makes a recycled or disqualified contact a customer: the purchase outweighs it", () => {
    const { deal, account, contacts } = world({
      contacts: [{ lifecycleStage: "recycled" }, { lifecycleStage: "disqualified" }],
    });
    const result = close({ deal, account, contacts });
    expect(result.ok && result.value.contacts.map((c) => c.lifecycleStage)).toEqual([
      "customer",
      "customer",
    ]);
  });

  it("refuses a deal that is already closed", () => {
    const { account } = world();
    const result = close({ deal: aDeal({ accountId: account.id, stage: "closed_lost" }), account });
    expect(!result.ok && result.error.code).toBe("deal_closed");
  });

  it("refuses another company's account", () => {
    const { deal, contacts } = world();
    const result = close({ deal, account: anAccount({ id: "acct-other" }), contacts });
    expect(!result.ok && result.error).toMatchObject({ code: "account_mismatch" });
  });

  it("refuses when a contact on the deal is missing or a stranger is passed", () => {
    const { deal, account, contacts } = world();
    const missing = close({ deal, account, contacts: contacts.slice(0, 1) });
    expect(!missing.ok && missing.error).toMatchObject({
      code: "missing_contacts",
      details: { missing: ["contact-2"] },
    });
    const stranger = close({
      deal,
      account,
      contacts: [...contacts, aContact({ id: "contact-x" })],
    });
    expect(!stranger.ok && stranger.error.code).toBe("contact_not_on_deal");
  });

  it("refuses a close stamped before the deal's last change", () => {
    const { deal, account, contacts } = world();
    const result = close({ deal, account, contacts, at: addHours(T0, -1) });
    expect(!result.ok && result.error.code).toBe("out_of_order");
  });

  it("refuses an unknown deal stage, malformed input or configuration", () => {
    const { deal, account, contacts } = world();
    expect(close({ deal: { ...deal, stage: "archived" }, account, contacts })).toMatchObject({
      ok: false,
      error: { code: "unknown_stage" },
    });
    expect(
      close({ deal: { ...deal, amount: { amountMinor: -5, currency: "EUR" } }, account }),
    ).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    const noPipeline = { ...config, pipeline: { stages: [] } };
    expect(close({ deal, account, contacts }, noPipeline).ok).toBe(false);
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    const { deal, account, contacts } = world();
    const input: CloseDealWonInput = {
      deal,
      account,
      contacts,
      by: ada,
      at,
      users,
      teams,
      assignedToday: {},
      rotation: emptyRotationState(),
    };
    for (const malformed of someMalformedConfigs()) {
      expect(closeDealWon(input, malformed as Config)).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
    }
  });

  it("refuses bad routing input even when the account needs no hand-off", () => {
    const customer = world({ account: { lifecycleStage: "customer" } });
    const badRotation = { byRule: { r: { type: "round_robin" } } };
    const result = close({
      ...customer,
      rotation: badRotation as unknown as CloseDealWonInput["rotation"],
    });
    expect(!result.ok && result.error.message).toMatch(/rotation\.byRule\.r/);
    const badCount = close({ ...customer, assignedToday: { "user-sue": -1 } });
    expect(!badCount.ok && badCount.error.code).toBe("invalid_input");
  });

  it("hands the account to a plain service user, counting the SLA in UTC", () => {
    const { deal, account, contacts } = world();
    const plainSue = { id: "user-sue", name: "Sue Success", roles: ["service" as const] };
    const others = users.filter((u) => u.id !== "user-sue");
    const result = close({ deal, account, contacts, users: [...others, plainSue] });
    expect(result.ok && result.value.handOff).toMatchObject({
      owner: { type: "user", userId: "user-sue" },
      slaTimeZone: "UTC",
      teamId: null,
    });
  });

  it("passes on a failure of the hand-off or of a stage move", () => {
    const { deal, account, contacts } = world();
    const twice = close({ deal, account, contacts, users: [...users, ada] });
    expect(!twice.ok && twice.error.message).toContain("appears twice");
    const noReasons = {
      ...config,
      qualification: { ...config.qualification, disqualifyReasons: [] },
    };
    expect(close({ deal, account, contacts }, noReasons).ok).toBe(false);
    const customerAccount = world({ account: { lifecycleStage: "customer" } });
    expect(
      close(
        {
          deal: customerAccount.deal,
          account: customerAccount.account,
          contacts: customerAccount.contacts,
        },
        noReasons,
      ).ok,
    ).toBe(false);
  });
});
