import { type Catalog, LOG_KINDS, type LogKind } from "@baton/chat";
import { clip, LIMITS } from "../blockKit/limits";

/** The callback id of the log-an-activity modal. */
export const LOG_MODAL = "baton.log";

/** What the modal starts with: empty from `/log`, the message's text from the shortcut. */
export type LogModalStart = {
  readonly kind?: LogKind;
  readonly text?: string;
  /** The conversation the answer goes to, kept in the view's private metadata. */
  readonly channel: string;
};

const plain = (text: string, max: number) => ({ type: "plain_text", text: clip(text, max) });

const input = (
  blockId: string,
  label: string,
  element: Record<string, unknown>,
  optional = false,
) => ({
  type: "input",
  block_id: blockId,
  label: plain(label, 2_000),
  optional,
  element: { action_id: "v", ...element },
});

/**
 * The modal to log an activity: kind, account, what happened, and the next
 * step with when it is due, labelled in the person's language.
 *
 * @example client.views.open({ trigger_id, view: logModal(messages("en"), { channel: "C1" }) })
 */
export const logModal = (t: Catalog, start: LogModalStart) => {
  const options = LOG_KINDS.map((kind) => ({ text: plain(t.log.kind[kind](), 75), value: kind }));
  const initial = options.find((o) => o.value === (start.kind ?? "call"));
  return {
    type: "modal" as const,
    callback_id: LOG_MODAL,
    title: plain(t.forms.logTitle(), LIMITS.modalTitle),
    submit: plain(t.forms.logSubmit(), LIMITS.modalTitle),
    close: plain(t.forms.cancel(), LIMITS.modalTitle),
    private_metadata: clip(JSON.stringify({ channel: start.channel }), LIMITS.privateMetadata),
    blocks: [
      input("kind", t.forms.kind(), {
        type: "static_select",
        options,
        ...(initial ? { initial_option: initial } : {}),
      }),
      input("account", t.forms.account(), { type: "plain_text_input", max_length: 300 }),
      input(
        "text",
        t.forms.text(),
        {
          type: "plain_text_input",
          multiline: true,
          max_length: 3_000,
          ...(start.text ? { initial_value: clip(start.text, 3_000) } : {}),
        },
        true,
      ),
      input("step", t.forms.step(), { type: "plain_text_input", max_length: 500 }, true),
      input(
        "when",
        t.forms.when(),
        { type: "plain_text_input", max_length: 200, placeholder: plain(t.forms.whenHint(), 150) },
        true,
      ),
    ],
  };
};

type StateValues = Record<
  string,
  Record<string, { value?: string | null; selected_option?: { value: string } | null }>
>;

/** The fields of a submitted log modal, trimmed; empty ones left out. */
export const readLogModal = (values: StateValues) => {
  const text = (block: string) => values[block]?.v?.value?.trim() || undefined;
  const kind = values.kind?.v?.selected_option?.value;
  return {
    kind: (LOG_KINDS as readonly string[]).includes(kind ?? "") ? (kind as LogKind) : undefined,
    account: text("account"),
    text: text("text"),
    step: text("step"),
    when: text("when"),
  };
};
