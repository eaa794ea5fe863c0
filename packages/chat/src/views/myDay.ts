import type { Crm } from "@baton/crm";
import { TZDate } from "@date-fns/tz";
import { endOfDay } from "date-fns";
import { formattersFor } from "../format/formatters";
import { approvalTerms } from "../handlers/approvals";
import { messages } from "../i18n/catalog";
import { decisionButtons } from "../notices/decisionButtons";
import { readerOf } from "../notices/readerOf";
import { type Reply, type ReplyBlock, reply } from "../reply";

/** Approvals shown with their buttons; the rest are counted. */
const MAX_APPROVALS = 5;

/**
 * A person's day on one page, channel-neutral (Slack shows it as the app's
 * home tab): open tasks due by the end of their day, the approvals waiting for
 * them with approve and reject buttons, their open pipeline, and their pace
 * against this quarter's quota when they have one.
 *
 * @example await myDay(crm, "user-ada") // { locale: "en", blocks: [{ type: "heading", text: "My day — Ada Lovelace" }, ...] }
 */
export const myDay = async (crm: Crm, userId: string): Promise<Reply> => {
  const reader = await readerOf(crm, userId);
  const { locale, timeZone } = reader;
  const t = messages(locale);
  const f = formattersFor(locale, timeZone);
  const actor = { userId };
  const dueBy = endOfDay(new TZDate(crm.context.clock(), timeZone));
  const blocks: ReplyBlock[] = [{ type: "heading", text: t.home.title({ name: reader.name }) }];

  const tasks = await crm.myTasks(actor, {
    dueBefore: new Date(dueBy.getTime() + 1).toISOString(),
  });
  const due = tasks.ok ? tasks.value : [];
  blocks.push({ type: "text", text: t.home.tasks({ count: due.length }) });
  if (due.length > 0)
    blocks.push({
      type: "table",
      columns: [t.records.columns.step(), t.records.columns.due()],
      rows: due.map((task) => [
        task.text,
        task.dueAt
          ? `${f.dateTime(task.dueAt)}${task.overdue ? ` (${t.home.overdue()})` : ""}`
          : "",
      ]),
    });

  const approvals = await crm.approvalsFor(actor);
  const toDecide = approvals.ok ? approvals.value.toDecide : [];
  if (toDecide.length > 0) {
    blocks.push({ type: "text", text: t.home.approvals({ count: toDecide.length }) });
    for (const a of toDecide.slice(0, MAX_APPROVALS))
      blocks.push(
        {
          type: "text",
          text: `${a.deal.name}: ${approvalTerms(t, f, a)}`,
        },
        decisionButtons(t, a.id),
      );
    if (toDecide.length > MAX_APPROVALS)
      blocks.push({ type: "text", text: t.home.more({ count: toDecide.length - MAX_APPROVALS }) });
  }

  const pipeline = await crm.pipelineSummary(actor, { scope: "me" });
  if (pipeline.ok) {
    const totals = new Map<string, number>();
    for (const stage of pipeline.value.stages)
      for (const amount of stage.amounts)
        totals.set(amount.currency, (totals.get(amount.currency) ?? 0) + amount.amountMinor);
    blocks.push({
      type: "text",
      text: t.home.pipeline({
        deals: pipeline.value.deals,
        amount: [...totals]
          .map(([currency, amountMinor]) => f.money({ amountMinor, currency }))
          .join(" + "),
      }),
    });
  }
  const kpis = await crm.kpiSnapshot(actor, { period: "this_quarter", scope: "me" });
  if (kpis.ok) {
    const attained = kpis.value.snapshot.sales.quota_attainment.current.value;
    const projected = kpis.value.snapshot.sales.quota_projected.current.value;
    // Without a quota there is no pace to show; a rep with one sees how the quarter is going.
    if (attained !== null && projected !== null)
      blocks.push({
        type: "text",
        text: t.home.pace({ attained: f.percent(attained), projected: f.percent(projected) }),
      });
  }
  return reply(locale, blocks);
};
