import type { Chat } from "@baton/chat";
import type { Crm } from "@baton/crm";

/** What every listener uses: the conversation and the CRM it runs on. */
export type ListenerDeps = {
  readonly chat: Chat;
  readonly crm: Crm;
  /** Told about failures the user only sees as a polite message. */
  readonly onError: (error: unknown) => void;
};
