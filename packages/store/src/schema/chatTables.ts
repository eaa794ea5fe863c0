import type { ColumnType } from "kysely";
import type { Timestamp } from "./database";

/** Chat's own state kept between turns (migrations 0005_chat_questions, 0007_notifications). */
export type ChatTables = {
  chat_questions: ChatQuestionsTable;
  chat_link_codes: ChatLinkCodesTable;
  outbox_cursors: OutboxCursorsTable;
  chat_messages: ChatMessagesTable;
  reply_pages: ReplyPagesTable;
};

/** A long reply's pages as a channel rendered them (its own JSON), for "show more". */
export type ReplyPagesTable = {
  id: string;
  platform: string;
  tenant_id: string;
  external_user_id: string;
  public: boolean;
  pages: ColumnType<unknown, string, string>;
  expires_at: Timestamp;
};

/** How far one consumer has read the outbox. */
export type OutboxCursorsTable = {
  consumer: string;
  last_id: ColumnType<number, number | undefined, number>;
};

/** A notification as posted: which message, for whom, about what (`approval:<id>`). */
export type ChatMessagesTable = {
  platform: string;
  subject: string;
  user_id: string;
  channel: string;
  message_id: string;
  posted_at: Timestamp;
};

/** A question waiting for its answer; `choices` is chat's own JSON (label + command per choice). */
export type ChatQuestionsTable = {
  id: string;
  user_id: string;
  platform: string;
  conversation_id: string;
  locale: string;
  prompt: string;
  choices: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  expires_at: Timestamp;
  answered_choice: number | null;
  answered_at: Timestamp | null;
};

/** A one-time `/link` code: only its SHA-256 is stored. */
export type ChatLinkCodesTable = {
  code_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};
