import type { Turn } from "../turn/turn";

/**
 * The names of users by id, for tables that show who did what.
 *
 * @example await userNames(turn, ["user-ada"]) // Map { "user-ada" => "Ada Lovelace" }
 */
export const userNames = async (
  turn: Turn,
  ids: readonly string[],
): Promise<ReadonlyMap<string, string>> => {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await turn.crm.context.store.db
    .selectFrom("users")
    .select(["id", "name"])
    .where("id", "in", wanted)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
};
