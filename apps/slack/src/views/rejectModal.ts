import type { Catalog } from "@baton/chat";
import { clip, LIMITS } from "../blockKit/limits";

/** The callback id of the modal asking why a request is rejected. */
export const REJECT_MODAL = "baton.reject";

const plain = (text: string, max: number) => ({ type: "plain_text", text: clip(text, max) });

/**
 * The modal a Reject button opens: the reason is required, so the requester
 * knows what to change.
 *
 * @example client.views.open({ trigger_id, view: rejectModal(messages("en"), "approval-1", "D1") })
 */
export const rejectModal = (t: Catalog, approvalId: string, channel: string) => ({
  type: "modal" as const,
  callback_id: REJECT_MODAL,
  title: plain(t.forms.rejectTitle(), LIMITS.modalTitle),
  submit: plain(t.forms.rejectSubmit(), LIMITS.modalTitle),
  close: plain(t.forms.cancel(), LIMITS.modalTitle),
  private_metadata: clip(JSON.stringify({ approvalId, channel }), LIMITS.privateMetadata),
  blocks: [
    {
      type: "input",
      block_id: "comment",
      label: plain(t.forms.comment(), 2_000),
      element: { type: "plain_text_input", action_id: "v", multiline: true, max_length: 2_000 },
    },
  ],
});
