import type { ApprovalView } from "@baton/crm";
import type { CommandOf } from "../commands/command";
import { crmProblem } from "../engine/crmProblem";
import { COMMAND_ACTION } from "../engine/questions";
import { type Formatters, formattersFor } from "../format/formatters";
import type { Catalog } from "../i18n/catalog";
import { problemReply, type Reply, type ReplyBlock, reply, textReply } from "../reply";
import type { Handler, Turn } from "../turn/turn";
import { userNames } from "./userNames";

/** Characters of an id shown as a request's reference: short to type, unique enough per inbox. */
const REF_LENGTH = 6;

/** The short reference people type for a request: the start of its id. */
export const approvalRef = (id: string): string => id.replace(/-/g, "").slice(0, REF_LENGTH);

/** A request's terms in a line: "20% off €50,000.00". */
export const approvalTerms = (t: Catalog, f: Formatters, view: ApprovalView): string =>
  t.approvals.terms({
    discount: f.percent(view.terms.discountPercent / 100),
    value: view.terms.contractValue ? f.money(view.terms.contractValue) : null,
  });

const termsOf = (turn: Turn, view: ApprovalView): string =>
  approvalTerms(turn.t, formattersFor(turn.locale, turn.timeZone), view);

const inbox = async (turn: Turn): Promise<Reply> => {
  const { t, locale } = turn;
  const found = await turn.crm.approvalsFor(turn.actor);
  if (!found.ok) return crmProblem(turn, found.error);
  const { toDecide, waiting } = found.value;
  const f = formattersFor(locale, turn.timeZone);
  const names = await userNames(turn, [
    ...toDecide.map((a) => a.requesterId),
    ...waiting.flatMap((a) => a.waitingFor),
  ]);
  const nameOf = (id: string) => names.get(id) ?? id;
  const c = t.approvals.columns;
  const blocks: ReplyBlock[] = [
    { type: "text", text: t.approvals.toDecide({ count: toDecide.length }) },
  ];
  if (toDecide.length > 0) {
    blocks.push({
      type: "table",
      columns: [c.ref(), c.deal(), c.terms(), c.who(), c.since()],
      rows: toDecide.map((a) => [
        approvalRef(a.id),
        a.deal.name,
        termsOf(turn, a),
        nameOf(a.requesterId),
        f.date(new Date(a.requestedAt)),
      ]),
    });
    for (const a of toDecide)
      blocks.push({
        type: "buttons",
        buttons: [
          {
            label: `${t.approvals.approve()} ${approvalRef(a.id)} · ${a.deal.name}`,
            actionId: COMMAND_ACTION,
            value: `/approvals approve ${a.id}`,
            style: "primary",
          },
          {
            label: `${t.approvals.reject()} ${approvalRef(a.id)} · ${a.deal.name}`,
            actionId: COMMAND_ACTION,
            value: `/approvals reject ${a.id}`,
            style: "danger",
          },
        ],
      });
    blocks.push({ type: "text", text: t.approvals.decideHint() });
  }
  blocks.push({ type: "text", text: t.approvals.waiting({ count: waiting.length }) });
  if (waiting.length > 0)
    blocks.push({
      type: "table",
      columns: [c.ref(), c.deal(), c.terms(), c.waitingFor(), c.since()],
      rows: waiting.map((a) => [
        approvalRef(a.id),
        a.deal.name,
        termsOf(turn, a),
        a.waitingFor.map(nameOf).join(", "),
        f.date(new Date(a.requestedAt)),
      ]),
    });
  return reply(locale, blocks);
};

const decide = async (
  turn: Turn,
  decision: NonNullable<CommandOf<"approvals">["decision"]>,
): Promise<Reply> => {
  const { t, locale } = turn;
  const typed = decision.approval.trim();
  const ref = approvalRef(typed).toLowerCase();
  if (decision.decision === "reject" && !decision.comment)
    return problemReply(locale, "usage", t.approvals.commentNeeded({ ref: approvalRef(typed) }));
  let approvalId = typed;
  // A short reference is looked up among the requests waiting for this person only.
  if (typed.length <= REF_LENGTH + 2) {
    const found = await turn.crm.approvalsFor(turn.actor);
    if (!found.ok) return crmProblem(turn, found.error);
    const matches = found.value.toDecide.filter((a) => approvalRef(a.id).toLowerCase() === ref);
    if (matches.length !== 1 || !matches[0])
      return problemReply(locale, "not_found", t.approvals.unknownRef({ ref: typed }));
    approvalId = matches[0].id;
  }
  const decided = await turn.crm.decideApproval(
    turn.actor,
    {
      approvalId,
      decision: decision.decision,
      ...(decision.comment ? { comment: decision.comment } : {}),
    },
    { idempotencyKey: turn.writeKey("decision") },
  );
  if (!decided.ok) {
    if (decided.error.code === "not_found")
      return problemReply(locale, "not_found", t.approvals.unknownRef({ ref: typed }));
    return crmProblem(turn, decided.error);
  }
  const view = decided.value;
  if (view.status === "rejected")
    return textReply(locale, t.approvals.rejected({ deal: view.deal.name }), "success");
  if (view.status === "pending") {
    const names = await userNames(turn, view.waitingFor);
    return textReply(
      locale,
      t.approvals.approvedStep({
        deal: view.deal.name,
        waitingFor: view.waitingFor.map((id) => names.get(id) ?? id).join(", "),
      }),
      "success",
    );
  }
  return textReply(locale, t.approvals.approved({ deal: view.deal.name }), "success");
};

/** `/approvals [approve|reject <ref> [comment]]`: the inbox, or a decision on one request. */
export const approvalsHandler: Handler<CommandOf<"approvals">> = async (turn, command) =>
  command.decision ? decide(turn, command.decision) : inbox(turn);
