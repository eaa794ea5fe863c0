import type { Locale } from "@baton/core";
import type { Crm } from "@baton/crm";
import { formattersFor } from "../format/formatters";
import { type Catalog, messages } from "../i18n/catalog";
import { type Reply, reply } from "../reply";
import { decisionButtons } from "./decisionButtons";
import { readerOf } from "./readerOf";

/**
 * Something to tell people unasked, channel-neutral: `send` a new message to
 * one person, or `update` every message already sent about `subject` (so an
 * approval card nobody should press any more loses its buttons).
 */
export type Notice =
  | {
      readonly kind: "send";
      readonly userId: string;
      readonly subject: string;
      readonly reply: Reply;
    }
  | {
      readonly kind: "update";
      readonly subject: string;
      readonly reply: (locale: Locale) => Reply;
    };

type Money = { amountMinor: number; currency: string };
type RequestRef = {
  id: string;
  deal: { id: string; name: string };
  amount: Money;
  discountPercent: number;
  requesterId: string;
};
type ApprovalEvent = { type: string; by?: string; request?: RequestRef } & Record<string, unknown>;

/** The subject every message about one approval request shares. */
export const approvalSubject = (approvalId: string): string => `approval:${approvalId}`;

const requestCard = (
  t: Catalog,
  locale: Locale,
  timeZone: string,
  request: RequestRef,
  requester: string,
  reasons: readonly string[],
  escalated: boolean,
): Reply => {
  const f = formattersFor(locale, timeZone);
  return reply(
    locale,
    [
      {
        type: "heading",
        text: escalated
          ? t.notices.escalated({ deal: request.deal.name })
          : t.notices.approvalNeeded({ deal: request.deal.name }),
      },
      {
        type: "facts",
        facts: [
          { label: t.notices.facts.amount(), value: f.money(request.amount) },
          { label: t.notices.facts.discount(), value: f.percent(request.discountPercent / 100) },
          { label: t.notices.facts.requestedBy(), value: requester },
          ...(reasons.length > 0
            ? [{ label: t.notices.facts.why(), value: reasons.join("; ") }]
            : []),
        ],
      },
      decisionButtons(t, request.id),
      { type: "text", text: t.notices.rejectHint({ ref: request.id }) },
    ],
    { visibility: "private" },
  );
};

/**
 * What to tell whom after an approval event from the outbox: a card with
 * approve/reject buttons to each approver asked (on a request, a next step or
 * an escalation); once a request is decided, recalled or expired, every card
 * about it updated to say so, and the requester told the outcome. Other events
 * need no notice.
 *
 * @example await approvalNotices(crm, { type: "approval_requested", ... }) // [{ kind: "send", userId: "user-mia", ... }]
 */
export const approvalNotices = async (crm: Crm, event: ApprovalEvent): Promise<Notice[]> => {
  const request = event.request;
  if (!request) return [];
  const subject = approvalSubject(request.id);
  const asked = async (
    approverIds: readonly string[],
    reasons: readonly string[],
    escalated: boolean,
  ) => {
    const requester = await readerOf(crm, request.requesterId);
    return Promise.all(
      approverIds.map(async (userId): Promise<Notice> => {
        const reader = await readerOf(crm, userId);
        return {
          kind: "send",
          userId,
          subject,
          reply: requestCard(
            messages(reader.locale),
            reader.locale,
            reader.timeZone,
            request,
            requester.name,
            reasons,
            escalated,
          ),
        };
      }),
    );
  };
  const settledFor = async (
    status: keyof Catalog["notices"]["settled"],
    comment: string | null,
  ) => {
    const by = (await readerOf(crm, event.by ?? request.requesterId)).name;
    const update: Notice = {
      kind: "update",
      subject,
      reply: (locale) => {
        const t = messages(locale);
        return reply(locale, [
          {
            type: "text",
            text: t.notices.settled[status]({ deal: request.deal.name, by }),
            tone: "info",
          },
          ...(comment ? [{ type: "text" as const, text: t.notices.comment({ comment }) }] : []),
        ]);
      },
    };
    if (status === "recalled" || status === "pending") return [update];
    const requester = await readerOf(crm, request.requesterId);
    const t = messages(requester.locale);
    const told: Notice = {
      kind: "send",
      userId: request.requesterId,
      subject: `${subject}:outcome`,
      reply: reply(requester.locale, [
        {
          type: "text",
          text: t.notices.yourRequest[status]({ deal: request.deal.name, by }),
          tone: status === "approved" ? "success" : "warning",
        },
        ...(comment ? [{ type: "text" as const, text: t.notices.comment({ comment }) }] : []),
      ]),
    };
    return [update, told];
  };
  switch (event.type) {
    case "approval_requested":
      return event.autoApproved === true
        ? []
        : asked(event.approverIds as string[], event.reasons as string[], false);
    case "approval_step_advanced":
      return asked(event.approverIds as string[], event.reasons as string[], false);
    case "approval_escalated":
      return asked(
        (event.escalations as { to: string }[]).map((e) => e.to),
        [],
        true,
      );
    case "approval_decided": {
      const status = event.requestStatus as string;
      const comment = (event.comment as string | null) ?? null;
      if (status === "approved" || status === "rejected") return settledFor(status, comment);
      // Others in the same step still have to answer: their cards keep their buttons.
      if (event.stepStatus === "pending") return [];
      return settledFor("pending", comment);
    }
    case "approval_recalled":
      return settledFor("recalled", (event.reason as string | null) ?? null);
    case "approval_expired":
      return settledFor("expired", null);
    default:
      return [];
  }
};
