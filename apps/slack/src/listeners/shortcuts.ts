import { messages } from "@baton/chat";
import type { App, MessageShortcut } from "@slack/bolt";
import { slackReader } from "../identity/slackReader";
import { logModal } from "../views/logModal";
import type { ListenerDeps } from "./deps";

/** The callback id of the "Log to Baton" message shortcut (manifest.yml). */
export const LOG_MESSAGE_SHORTCUT = "baton.log_message";

/** "Log to Baton" on a message: the log modal, with the message as what happened. */
export const registerShortcuts = (app: App, deps: ListenerDeps): void => {
  app.shortcut<MessageShortcut>(LOG_MESSAGE_SHORTCUT, async ({ ack, shortcut, client }) => {
    await ack();
    const teamId = shortcut.team?.id ?? shortcut.user.team_id ?? "";
    const { locale } = await slackReader(deps.crm, client, teamId, shortcut.user.id);
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: logModal(messages(locale), {
        kind: "note",
        text: shortcut.message.text ?? "",
        channel: shortcut.channel.id,
      }) as never,
    });
  });
};
