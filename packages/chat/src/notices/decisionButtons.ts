import { COMMAND_ACTION } from "../engine/questions";
import type { Catalog } from "../i18n/catalog";
import type { ReplyBlock } from "../reply";

/**
 * Approve and Reject for one approval request, as commands the buttons run:
 * the same on a card, the home tab or anywhere else a request is shown.
 *
 * @example decisionButtons(messages("en"), "approval-1") // { type: "buttons", buttons: [Approve, Reject] }
 */
export const decisionButtons = (t: Catalog, approvalId: string): ReplyBlock => ({
  type: "buttons",
  buttons: [
    {
      label: t.notices.approve(),
      actionId: COMMAND_ACTION,
      value: `/approvals approve ${approvalId}`,
      style: "primary",
    },
    {
      label: t.notices.reject(),
      actionId: COMMAND_ACTION,
      value: `/approvals reject ${approvalId}`,
      style: "danger",
    },
  ],
});
