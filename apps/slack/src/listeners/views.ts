import { type Command, messages, readWhen, replyText } from "@baton/chat";
import type { App } from "@slack/bolt";
import { fallbackText } from "../blockKit/renderBlocks";
import { slackReader } from "../identity/slackReader";
import { firstPage } from "../paging/pagedReply";
import { LOG_MODAL, readLogModal } from "../views/logModal";
import { REJECT_MODAL } from "../views/rejectModal";
import type { ListenerDeps } from "./deps";

const metadata = (raw: string): { channel?: string; approvalId?: string } => {
  try {
    return JSON.parse(raw) as { channel?: string; approvalId?: string };
  } catch {
    return {};
  }
};

/**
 * The modals' submissions: the log form is checked field by field (shown
 * inline, the modal stays open) before anything is written; a valid one, and
 * a rejection's reason, run as commands and are answered in a DM.
 */
export const registerViews = (app: App, deps: ListenerDeps): void => {
  const run = (
    client: Parameters<Parameters<App["view"]>[1]>[0]["client"],
    teamId: string,
    slackUserId: string,
    viewId: string,
    command: Command,
    channel: string | undefined,
  ) =>
    deps.queue.later(async () => {
      const reply = await deps.chat.handle({
        identity: { platform: "slack", tenantId: teamId, externalUserId: slackUserId },
        channel: "slack",
        conversationId: channel || slackUserId,
        message: { type: "command", command },
        // One submission of one view writes once, however often Slack delivers it.
        idempotencyKey: `view:${viewId}`,
      });
      await client.chat.postMessage({
        channel: slackUserId,
        text: fallbackText(reply, replyText),
        blocks: await firstPage(deps, reply, { teamId, slackUserId, shared: false }),
      });
    });

  app.view(LOG_MODAL, async ({ ack, body, view, client }) => {
    const teamId = body.team?.id ?? body.user.team_id ?? "";
    const reader = await slackReader(deps.crm, client, teamId, body.user.id);
    const { userId } = reader;
    const t = messages(reader.locale);
    const fields = readLogModal(view.state.values as never);
    const errors: Record<string, string> = {};
    if (!fields.account) errors.account = t.forms.errors.required();
    if (fields.step && !fields.when) errors.when = t.forms.errors.stepWithoutWhen();
    if (fields.when && !fields.step) errors.step = t.forms.errors.whenWithoutStep();
    if (
      fields.when &&
      readWhen(fields.when, {
        now: deps.crm.context.clock(),
        timeZone: reader.timeZone,
        locale: reader.locale,
      }) === null
    )
      errors.when = t.forms.errors.when({ when: fields.when });
    if (fields.account && userId) {
      const found = await deps.crm.find(
        { userId },
        { query: fields.account, kinds: ["account"], limit: 1 },
      );
      if (found.ok && found.value.length === 0)
        errors.account = t.forms.errors.noAccount({ name: fields.account });
    }
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack();
    run(
      client,
      teamId,
      body.user.id,
      view.id,
      {
        verb: "log",
        kind: fields.kind ?? "call",
        account: fields.account ?? "",
        wholeName: true,
        ...(fields.text ? { text: fields.text } : {}),
        ...(fields.step && fields.when ? { next: { step: fields.step, when: fields.when } } : {}),
      },
      metadata(view.private_metadata).channel,
    );
  });

  app.view(REJECT_MODAL, async ({ ack, body, view, client }) => {
    const comment = view.state.values.comment?.v?.value?.trim();
    const meta = metadata(view.private_metadata);
    if (!comment || !meta.approvalId) {
      await ack({
        response_action: "errors",
        errors: { comment: messages("en").forms.errors.required() },
      });
      return;
    }
    await ack();
    run(
      client,
      body.team?.id ?? body.user.team_id ?? "",
      body.user.id,
      view.id,
      { verb: "approvals", decision: { approval: meta.approvalId, decision: "reject", comment } },
      meta.channel,
    );
  });
};
