import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Reply, replyText } from "../src";
import { ADA, buttonsOf, EVE, LEO, MIA, openTestChat, T0 } from "./chatTestKit";

type Kit = Awaited<ReturnType<typeof openTestChat>>;
const DAY = 86_400_000;

/** A table block's rows, for assertions on what a person would read in a column. */
const tableRows = (reply: Reply): string[][] =>
  reply.blocks.flatMap((b) => (b.type === "table" ? b.rows.map((r) => [...r]) : []));

describe.each(testDrivers())("chat commands on $name", (driver) => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await openTestChat(driver);
  });
  afterEach(async () => {
    await kit.close();
  });

  const anAccount = async (name: string, actor: { userId: string } = ADA) => {
    const made = await kit.crm.createAccount(actor, { name });
    if (!made.ok) throw new Error(made.error.message);
    return made.value.record;
  };
  const aDeal = async (
    account: string,
    name: string,
    euros: number,
    actor: { userId: string } = ADA,
  ) => {
    const acct = await anAccount(account, actor);
    const made = await kit.crm.createDeal(actor, {
      name,
      accountId: acct.id,
      amount: { amountMinor: euros * 100, currency: "EUR" },
      closeDate: new Date(T0.getTime() + 30 * DAY).toISOString(),
    });
    if (!made.ok) throw new Error(made.error.message);
    return made.value.record;
  };
  const activitiesOn = (accountId: string) =>
    kit.crm.context.store.db
      .selectFrom("activities")
      .select(["kind", "subject", "body", "due_at", "private"])
      .where("account_id", "=", accountId)
      .orderBy("created_at")
      .execute();

  describe("/log", () => {
    it("logs the call with its next step, and /account shows both", async () => {
      const acme = await anAccount("Acme GmbH");
      const logged = await kit.say(
        ADA.userId,
        '/log call "Acme GmbH" "pricing call, wants 15% off" next: proposal fri',
      );
      expect(logged.problem).toBeUndefined();
      expect(replyText(logged)).toContain("Logged a call on Acme GmbH");
      expect(replyText(logged)).toMatch(/Next step: proposal, due Fri, Mar 6, 2026/);
      const rows = await activitiesOn(acme.id);
      expect(rows.map((r) => r.kind)).toEqual(["call", "task"]);
      expect(rows[0]?.body).toBe("pricing call, wants 15% off");

      const account = await kit.say(ADA.userId, "/account Acme GmbH");
      const text = replyText(account);
      expect(account.blocks[0]).toEqual({ type: "heading", text: "Acme GmbH" });
      expect(text).toContain("pricing call, wants 15% off");
      expect(text).toContain("proposal");
      expect(text).toContain("Ada Lovelace");
    });

    it("takes an unquoted account name of several words when it is exactly a name", async () => {
      const acme = await anAccount("Acme Corp");
      const logged = await kit.say(ADA.userId, "/log email Acme Corp sent the contract");
      expect(replyText(logged)).toContain("Logged an email on Acme Corp");
      expect((await activitiesOn(acme.id))[0]?.body).toBe("sent the contract");
    });

    it("answers in Chinese for a Chinese user, with dates in their time zone", async () => {
      const hw = await anAccount("华为", EVE);
      const logged = await kit.say(
        EVE.userId,
        "/log 电话 华为 讨论价格 下一步：发报价 明天下午3点",
      );
      expect(logged.locale).toBe("zh-CN");
      expect(replyText(logged)).toContain("已在 华为 记录一条电话");
      const task = (await activitiesOn(hw.id)).find((r) => r.kind === "task");
      // T0 is 17:00 in Shanghai on Monday; "tomorrow 3 pm" there is Tuesday 07:00 UTC.
      expect(task?.due_at).toEqual(new Date("2026-03-03T07:00:00Z"));
    });

    it("refuses a date it cannot read and logs nothing", async () => {
      const acme = await anAccount("Acme GmbH");
      const reply = await kit.say(ADA.userId, "/log call Acme next: proposal someday");
      expect(reply.problem).toBe("usage");
      expect(await activitiesOn(acme.id)).toEqual([]);
    });

    it("says politely when no account of that name can be seen", async () => {
      const reply = await kit.say(ADA.userId, "/log call Zyxwv nothing");
      expect(reply.problem).toBe("not_found");
      expect(replyText(reply)).toContain('"Zyxwv"');
    });

    it("keeps a private note off a colleague's account page", async () => {
      await anAccount("Acme GmbH");
      await kit.say(ADA.userId, "/log note private Acme GmbH: they think we are expensive");
      const mine = replyText(await kit.say(ADA.userId, "/account Acme GmbH"));
      const managers = replyText(await kit.say(MIA.userId, "/account Acme GmbH"));
      expect(mine).toContain("they think we are expensive");
      expect(managers).not.toContain("expensive");
    });
  });

  describe("/account", () => {
    it("asks which one when two accounts are named alike, and the answer shows the one picked", async () => {
      await anAccount("Acme GmbH");
      await anAccount("Acme Inc");
      const asked = await kit.say(ADA.userId, "/account Acme");
      expect(asked.problem).toBe("ambiguous");
      const choices = buttonsOf(asked);
      expect(choices.map((c) => c.label).sort()).toEqual(["Acme GmbH", "Acme Inc"]);
      const picked = choices.find((c) => c.label === "Acme Inc");
      if (!picked) throw new Error("no choice");
      const shown = await kit.press(ADA.userId, picked);
      expect(shown.blocks[0]).toEqual({ type: "heading", text: "Acme Inc" });
      expect(shown.answers).toBeDefined();
    });

    it("tells a rep of another team it found nothing, never showing the record", async () => {
      await anAccount("Secret Deal Co");
      const reply = await kit.say(EVE.userId, "/account Secret Deal Co");
      expect(reply.problem).toBe("not_found");
      expect(reply.locale).toBe("zh-CN");
    });
  });

  describe("/deal", () => {
    it("shows the deal with its stage and moves it by a button", async () => {
      await aDeal("Acme GmbH", "Acme renewal", 50_000);
      const shown = await kit.say(ADA.userId, "/deal Acme renewal");
      expect(replyText(shown)).toContain("Prospecting (10% likely)");
      expect(replyText(shown)).toContain("€50,000.00");
      const proposal = buttonsOf(shown).find((b) => b.label === "Proposal");
      if (!proposal) throw new Error("no Proposal button");
      const moved = await kit.press(ADA.userId, proposal);
      expect(replyText(moved)).toBe("Moved Acme renewal from Prospecting to Proposal.");
      expect(replyText(await kit.say(ADA.userId, "/deal Acme renewal"))).toContain("Proposal (60%");
    });

    it("moves by a stage typed as its label, and refuses one that does not exist", async () => {
      await aDeal("Acme GmbH", "Acme renewal", 50_000);
      const moved = await kit.say(ADA.userId, "/deal Acme renewal move needs analysis");
      expect(replyText(moved)).toContain("to Needs analysis");
      const refused = await kit.say(ADA.userId, "/deal Acme renewal move heaven");
      expect(refused.problem).toBe("usage");
      expect(replyText(refused)).toContain("proposal");
    });

    it("closes won, and asks why before closing lost", async () => {
      await aDeal("Acme GmbH", "Acme renewal", 50_000);
      await aDeal("Beta AG", "Beta pilot", 1_000);
      expect(replyText(await kit.say(ADA.userId, "/deal Acme renewal move closed won"))).toContain(
        "to Closed won",
      );
      const why = await kit.say(ADA.userId, "/deal Beta pilot move closed_lost");
      expect(why.problem).toBe("usage");
      const lost = await kit.say(ADA.userId, "/deal Beta pilot move closed_lost no budget");
      expect(replyText(lost)).toContain("to Closed lost");
    });

    it("turns a discount into an approval request the manager sees in /approvals and approves", async () => {
      await aDeal("Acme GmbH", "Acme renewal", 50_000);
      const asked = await kit.say(
        ADA.userId,
        "/deal Acme renewal discount 20% three-year commitment",
      );
      expect(replyText(asked)).toContain("waiting for Mia Manager");
      const inbox = await kit.say(MIA.userId, "/approvals");
      expect(tableRows(inbox)[0]).toEqual(expect.arrayContaining(["Acme renewal", "Ada Lovelace"]));
      const approve = buttonsOf(inbox).find((b) => b.label.startsWith("Approve"));
      if (!approve) throw new Error("no approve button");
      const decided = await kit.press(MIA.userId, approve);
      expect(replyText(decided)).toBe("Approved the request on Acme renewal.");
      expect(replyText(await kit.say(ADA.userId, "/approvals"))).toContain(
        "None of your requests is waiting.",
      );
      const note = await kit.crm.context.store.db
        .selectFrom("activities")
        .select("body")
        .where("kind", "=", "note")
        .executeTakeFirst();
      expect(note?.body).toContain("three-year commitment");
    });

    it("works in Chinese: a discount request, the pipeline and a stage move", async () => {
      await aDeal("华为技术", "华为续约", 80_000, EVE);
      const asked = await kit.say(EVE.userId, "/deal 华为续约 折扣 20% 三年合同");
      expect(asked.locale).toBe("zh-CN");
      expect(replyText(asked)).toMatch(/已为 华为续约 申请 20% 的折扣，等待 .+ 审批。/);
      const pipeline = await kit.say(EVE.userId, "/pipeline 我的");
      expect(replyText(pipeline)).toContain("我的进行中的销售管道（1 个商机）");
      const moved = await kit.say(EVE.userId, "/deal 华为续约 推进 proposal");
      expect(replyText(moved)).toBe("已将 华为续约 从 Prospecting 推进到 Proposal。");
    });

    it("approves a small discount at once under the default rules", async () => {
      await aDeal("Acme GmbH", "Acme renewal", 5_000);
      const asked = await kit.say(ADA.userId, "/deal Acme renewal discount 5% loyal customer");
      expect(replyText(asked)).toContain("needs no approval");
    });
  });

  describe("/approvals", () => {
    it("needs a comment to reject, and takes a short reference", async () => {
      await aDeal("Acme GmbH", "Acme renewal", 50_000);
      await kit.say(ADA.userId, "/deal Acme renewal discount 20% volume");
      const inbox = await kit.say(MIA.userId, "/approvals");
      const ref = tableRows(inbox)[0]?.[0] ?? "";
      const bare = await kit.say(MIA.userId, `/approvals reject ${ref}`);
      expect(bare.problem).toBe("usage");
      const rejected = await kit.say(MIA.userId, `/approvals reject ${ref} too deep for one year`);
      expect(replyText(rejected)).toContain("Rejected the request on Acme renewal");
      const again = await kit.say(MIA.userId, `/approvals approve ${ref}`);
      expect(again.problem).toBe("not_found");
    });

    it("says so when nothing is waiting", async () => {
      expect(replyText(await kit.say(ADA.userId, "/approvals"))).toContain(
        "Nothing is waiting for your decision.",
      );
    });
  });

  describe("/lead", () => {
    const aLead = async () => {
      const lead = await kit.crm.createLead(
        { userId: "user-mona" },
        {
          name: "Li Wei",
          company: "Huawei",
          seniority: "vp",
          industry: "software",
        },
      );
      if (!lead.ok) throw new Error(lead.error.message);
      return lead.value.record;
    };

    it("shows the score with the rules that gave it", async () => {
      await aLead();
      const shown = await kit.say("user-mona", "/lead Li Wei");
      const text = replyText(shown);
      expect(text).toContain("Li Wei");
      expect(text).toContain("seniority");
      expect(buttonsOf(shown).map((b) => b.label)).toEqual(["Accept", "Recycle", "Disqualify"]);
    });

    it("disqualifies with a reason code, and lists the codes when none is given", async () => {
      await aLead();
      const hint = await kit.say("user-mona", "/lead Li Wei disqualify");
      expect(hint.problem).toBe("usage");
      expect(replyText(hint)).toContain("not_a_fit");
      const done = await kit.say("user-mona", "/lead Li Wei disqualify spam");
      expect(replyText(done)).toBe("Disqualified Li Wei.");
    });

    it("asks for the criteria before accepting", async () => {
      await aLead();
      const hint = await kit.say(ADA.userId, "/lead Li Wei accept");
      expect(["usage", "not_found", "forbidden"]).toContain(hint.problem);
    });
  });

  describe("/pipeline, /kpi and /health", () => {
    it("shows a rep's pipeline by stage and a manager's team pipeline", async () => {
      await aDeal("Acme GmbH", "Acme renewal", 50_000);
      await aDeal("Beta AG", "Beta pilot", 20_000, { userId: "user-bob" });
      const mine = await kit.say(ADA.userId, "/pipeline");
      expect(replyText(mine)).toContain("Open pipeline — yours (1 deal)");
      expect(tableRows(mine).find((r) => r[0] === "Prospecting")).toEqual([
        "Prospecting",
        "10%",
        "1",
        "€50,000.00",
      ]);
      const team = await kit.say(MIA.userId, "/pipeline team");
      expect(replyText(team)).toContain("(2 deals)");
    });

    it("shows the headline KPIs, and one KPI by its Chinese name", async () => {
      const all = await kit.say(LEO.userId, "/kpi");
      expect(tableRows(all).map((r) => r[0])).toContain("Win rate");
      const one = await kit.say(EVE.userId, "/kpi 赢单率 上季度");
      expect(tableRows(one).map((r) => r[0])).toEqual(["赢单率"]);
      const unknown = await kit.say(ADA.userId, "/kpi happiness");
      expect(unknown.problem).toBe("usage");
    });

    it("gives a manager the data-health report and tells a rep whom to ask", async () => {
      await anAccount("Acme GmbH");
      const report = await kit.say(MIA.userId, "/health");
      expect(replyText(report)).toContain("Data health:");
      const refused = await kit.say(ADA.userId, "/health");
      expect(refused.problem).toBe("forbidden");
    });
  });

  describe("/lang, /link and /help", () => {
    it("switches the language and keeps it for the next messages", async () => {
      const switched = await kit.say(ADA.userId, "/lang zh-CN");
      expect(replyText(switched)).toContain("简体中文");
      const help = await kit.say(ADA.userId, "/help");
      expect(help.locale).toBe("zh-CN");
      expect(replyText(await kit.say(ADA.userId, "/lang"))).toContain("简体中文");
    });

    it("links a new chat account with a one-time code, once", async () => {
      const issued = replyText(await kit.say(ADA.userId, "/link new"));
      const code = /link ([A-Z0-9]{8})/.exec(issued)?.[1];
      expect(code).toBeDefined();
      const slack = {
        identity: { platform: "slack", tenantId: "T1", externalUserId: "U1" },
        channel: "slack",
        conversationId: "D1",
        idempotencyKey: "s1",
      } as const;
      const linked = await kit.chat.handle({
        ...slack,
        message: { type: "text", text: `/link ${code}` },
      });
      expect(replyText(linked)).toContain("Ada Lovelace");
      const who = await kit.chat.handle({
        ...slack,
        idempotencyKey: "s2",
        message: { type: "text", text: "/link" },
      });
      expect(replyText(who)).toContain("ada@");
      const reuse = await kit.chat.handle({
        ...slack,
        identity: { ...slack.identity, externalUserId: "U2" },
        idempotencyKey: "s3",
        message: { type: "text", text: `/link ${code}` },
      });
      expect(reuse.problem).toBe("not_linked");
    });

    it("lists every command, and explains one", async () => {
      const all = replyText(await kit.say(ADA.userId, "/help"));
      for (const verb of ["/log", "/account", "/deal", "/approvals", "/kpi", "/lang"])
        expect(all).toContain(verb);
      expect(replyText(await kit.say(ADA.userId, "/help deal"))).toContain("discount");
    });
  });
});
