import type { Chat } from "@baton/chat";
import type { Crm } from "@baton/crm";
import type { WorkQueue } from "../workQueue";

/** What every listener uses: the conversation and the CRM it runs on. */
export type ListenerDeps = {
  readonly chat: Chat;
  readonly crm: Crm;
  /** Where the work after an acknowledgement waits its turn. */
  readonly queue: WorkQueue;
  /** Told about failures the user only sees as a polite message. */
  readonly onError: (error: unknown) => void;
};
