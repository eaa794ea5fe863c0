import { messages, myDay, type Reply } from "@baton/chat";
import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { linkByEmail } from "../identity/linkByEmail";
import { homePage } from "../paging/pagedReply";
import type { ListenerDeps } from "./deps";

/**
 * Publishes a person's home tab: their day (tasks due, approvals waiting,
 * pipeline) if Baton knows them, else how to link their account.
 */
export const publishHome = async (
  deps: ListenerDeps,
  client: WebClient,
  teamId: string,
  slackUserId: string,
): Promise<void> => {
  const userId = await linkByEmail(deps.crm, client, teamId, slackUserId);
  const page: Reply = userId
    ? await myDay(deps.crm, userId)
    : { locale: "en", blocks: [{ type: "text", text: messages("en").common.notLinked() }] };
  await client.views.publish({
    user_id: slackUserId,
    view: {
      type: "home",
      blocks: (await homePage(deps, page, { teamId, slackUserId, shared: false })) as never,
    },
  });
};

/** The App Home tab, drawn whenever someone opens it. */
export const registerHome = (app: App, deps: ListenerDeps): void => {
  app.event("app_home_opened", async ({ event, body, client }) => {
    if (event.tab !== "home") return;
    const teamId = body.team_id ?? "";
    const userId = event.user;
    deps.queue.later(() => publishHome(deps, client, teamId, userId));
  });
};
