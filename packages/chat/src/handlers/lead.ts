import { readConfig } from "@baton/core";
import type { LeadSummary } from "@baton/crm";
import type { CommandOf } from "../commands/command";
import { crmProblem } from "../engine/crmProblem";
import { COMMAND_ACTION } from "../engine/questions";
import { wordTable } from "../grammar/wordTable";
import { problemReply, type Reply, type ReplyBlock, reply, textReply } from "../reply";
import type { Handler, Turn } from "../turn/turn";
import { nameProblem, recordNameMessages } from "./nameProblem";
import { userNames } from "./userNames";

const leadView = (turn: Turn, s: LeadSummary): Reply => {
  const { t, locale } = turn;
  const r = t.records;
  const facts = [
    ...(s.lead.company ? [{ label: r.facts.company(), value: s.lead.company }] : []),
    ...(s.lead.title ? [{ label: r.facts.title(), value: s.lead.title }] : []),
    ...(s.lead.email ? [{ label: r.facts.email(), value: s.lead.email }] : []),
    ...(s.lead.lifecycleStage
      ? [{ label: r.facts.lifecycle(), value: s.lead.lifecycleStage }]
      : []),
    ...(s.ownerName ? [{ label: r.facts.owner(), value: s.ownerName }] : []),
    ...(s.lead.source ? [{ label: r.facts.source(), value: s.lead.source }] : []),
  ];
  const blocks: ReplyBlock[] = [{ type: "heading", text: s.lead.name ?? s.lead.id }];
  if (s.score) {
    const { fit, engagement, combined } = s.score;
    facts.push({
      label: r.facts.score(),
      value: r.leadScore({ combined, fit: fit.points, engagement: engagement.score.toFixed(1) }),
    });
    blocks.push({ type: "facts", facts }, { type: "text", text: r.fitRules() });
    blocks.push(
      fit.contributions.length === 0
        ? { type: "text", text: r.noFitRules() }
        : {
            type: "table",
            columns: [r.columns.rule(), r.columns.value(), r.columns.points()],
            rows: fit.contributions.map((c) => [
              c.field,
              c.value,
              c.points > 0 ? `+${c.points}` : String(c.points),
            ]),
          },
    );
    if (engagement.contributions.length > 0)
      blocks.push({
        type: "text",
        text: r.engagementKinds({
          kinds: engagement.contributions.map((c) => `${c.kind} ×${c.events}`).join(", "),
        }),
      });
  } else blocks.push({ type: "facts", facts });
  blocks.push(
    { type: "text", text: r.leadActions() },
    {
      type: "buttons",
      buttons: (["accept", "recycle", "disqualify"] as const).map((action) => ({
        label: r.leadActionLabel[action](),
        actionId: COMMAND_ACTION,
        value: `/lead ${s.lead.id} ${action}`,
        ...(action === "disqualify" ? { style: "danger" as const } : {}),
      })),
    },
  );
  return reply(locale, blocks);
};

/** Reads "budget authority need: met at the fair" into BANT criteria and a note. */
const readCriteria = (
  turn: Turn,
  text: string,
  criteria: readonly string[],
): { met: Record<string, { met: boolean }>; note: string } => {
  const aliases = wordTable<string>({
    ...Object.fromEntries(criteria.map((c) => [c.toLowerCase(), c])),
    ...turn.t.records.criterionWords(),
  });
  const met: Record<string, { met: boolean }> = Object.fromEntries(
    criteria.map((c) => [c, { met: false }]),
  );
  const rest: string[] = [];
  for (const word of text.split(/[\s,，、]+/).filter((w) => w.length > 0)) {
    const criterion = aliases[word.toLowerCase().replace(/[:：]$/, "")];
    if (criterion && criteria.includes(criterion)) met[criterion] = { met: true };
    else rest.push(word);
  }
  return { met, note: rest.join(" ") };
};

const decide = async (turn: Turn, s: LeadSummary, command: CommandOf<"lead">): Promise<Reply> => {
  const { t, locale } = turn;
  const config = readConfig(turn.crm.context.config);
  if (!config.ok) return crmProblem(turn, { code: "invalid_input", message: config.error.message });
  const q = config.value.qualification;
  const leadId = s.lead.id;
  const name = s.lead.name ?? leadId;
  const key = { idempotencyKey: turn.writeKey(`lead-${command.action}`) };
  if (command.action === "accept") {
    const { met, note } = readCriteria(turn, command.reason ?? "", q.sql.criteria);
    if (!Object.values(met).some((c) => c.met))
      return problemReply(
        locale,
        "usage",
        t.records.criteriaHint({ criteria: q.sql.criteria.join(", "), minimum: q.sql.minimum }),
      );
    const accepted = await turn.crm.acceptLead(
      turn.actor,
      { leadId, criteria: met, ...(note ? { note } : {}) },
      key,
    );
    if (!accepted.ok) return crmProblem(turn, accepted.error);
    const owner = accepted.value.handOff?.owner;
    const ownerId =
      owner && "userId" in owner && typeof owner.userId === "string" ? owner.userId : null;
    const ownerName = ownerId
      ? ((await userNames(turn, [ownerId])).get(ownerId) ?? ownerId)
      : turn.user.name;
    return textReply(locale, t.records.leadAccepted({ lead: name, owner: ownerName }), "success");
  }
  const codes = command.action === "recycle" ? q.recycleReasons : q.disqualifyReasons;
  const [code, ...words] = (command.reason ?? "").split(/\s+/).filter((w) => w.length > 0);
  if (!code || !codes.includes(code))
    return problemReply(
      locale,
      "usage",
      t.records.reasonNeeded({ action: command.action ?? "", codes: codes.join(", ") }),
    );
  const input = {
    leadId,
    reasonCode: code,
    ...(words.length > 0 ? { note: words.join(" ") } : {}),
  };
  const decided =
    command.action === "recycle"
      ? await turn.crm.recycleLead(turn.actor, input, key)
      : await turn.crm.disqualifyLead(turn.actor, input, key);
  if (!decided.ok) return crmProblem(turn, decided.error);
  return textReply(
    locale,
    command.action === "recycle"
      ? t.records.leadRecycled({ lead: name })
      : t.records.leadDisqualified({ lead: name }),
    "success",
  );
};

/** `/lead <name> [accept <criteria> | recycle <reason> | disqualify <reason>]`: score and explanation, or a decision. */
export const leadHandler: Handler<CommandOf<"lead">> = async (turn, command) => {
  const found = await turn.crm.leadSummary(turn.actor, { lead: command.name });
  if (!found.ok)
    return nameProblem(turn, found.error, recordNameMessages(turn, "lead", command.name), (id) => ({
      ...command,
      name: id,
    }));
  return command.action ? decide(turn, found.value, command) : leadView(turn, found.value);
};
