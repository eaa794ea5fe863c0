import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema/database";

type Db = Kysely<Database> | Transaction<Database>;

/** A question chat asked, waiting for an answer in one conversation. */
export type ChatQuestion = {
  readonly id: string;
  readonly userId: string;
  readonly platform: string;
  readonly conversationId: string;
  readonly locale: string;
  readonly prompt: string;
  /** Chat's own description of the choices (stored as JSON, read back as is). */
  readonly choices: unknown;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly answeredChoice: number | null;
  readonly answeredAt: Date | null;
};

const fromRow = (row: {
  id: string;
  user_id: string;
  platform: string;
  conversation_id: string;
  locale: string;
  prompt: string;
  choices: unknown;
  created_at: Date;
  expires_at: Date;
  answered_choice: number | null;
  answered_at: Date | null;
}): ChatQuestion => ({
  id: row.id,
  userId: row.user_id,
  platform: row.platform,
  conversationId: row.conversation_id,
  locale: row.locale,
  prompt: row.prompt,
  choices: typeof row.choices === "string" ? JSON.parse(row.choices) : row.choices,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  answeredChoice: row.answered_choice,
  answeredAt: row.answered_at,
});

/** Stores a new question. */
export const saveChatQuestion = async (
  db: Db,
  question: Omit<ChatQuestion, "answeredChoice" | "answeredAt">,
): Promise<void> => {
  await db
    .insertInto("chat_questions")
    .values({
      id: question.id,
      user_id: question.userId,
      platform: question.platform,
      conversation_id: question.conversationId,
      locale: question.locale,
      prompt: question.prompt,
      choices: JSON.stringify(question.choices),
      created_at: question.createdAt,
      expires_at: question.expiresAt,
    })
    .execute();
};

/** The question with this id, answered or not, or null. */
export const findChatQuestion = async (db: Db, id: string): Promise<ChatQuestion | null> => {
  const row = await db
    .selectFrom("chat_questions")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
};

/** The newest unanswered, unexpired question to this user in this conversation, for a typed answer ("2", "yes"). */
export const openChatQuestion = async (
  db: Db,
  where: { userId: string; platform: string; conversationId: string; now: Date },
): Promise<ChatQuestion | null> => {
  const row = await db
    .selectFrom("chat_questions")
    .selectAll()
    .where("user_id", "=", where.userId)
    .where("platform", "=", where.platform)
    .where("conversation_id", "=", where.conversationId)
    .where("answered_at", "is", null)
    .where("expires_at", ">", where.now)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
};

/**
 * Records the answer to a question, once: the first caller gets `claimed`; a
 * later call with the same choice gets `repeat` (a retry or double click: run
 * the same idempotent command again for the same reply); another choice gets
 * `taken`; a question past its expiry that nobody answered gets `expired`.
 */
export const answerChatQuestion = async (
  db: Db,
  answer: { id: string; choice: number; now: Date },
): Promise<
  | { status: "claimed" | "repeat"; question: ChatQuestion }
  | { status: "taken"; question: ChatQuestion }
  | { status: "expired" | "missing" }
> => {
  const claimed = await db
    .updateTable("chat_questions")
    .set({ answered_choice: answer.choice, answered_at: answer.now })
    .where("id", "=", answer.id)
    .where("answered_at", "is", null)
    .where("expires_at", ">", answer.now)
    .returningAll()
    .executeTakeFirst();
  if (claimed) return { status: "claimed", question: fromRow(claimed) };
  const question = await findChatQuestion(db, answer.id);
  if (!question) return { status: "missing" };
  if (question.answeredChoice === null) return { status: "expired" };
  return { status: question.answeredChoice === answer.choice ? "repeat" : "taken", question };
};
