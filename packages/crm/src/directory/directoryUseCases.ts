import {
  err,
  ok,
  parseInput,
  type Result,
  Team,
  type TeamInput,
  User,
  type UserInput,
} from "@baton/core";
import { isUnavailable, teamToRow, userToRow } from "@baton/store";
import type { z } from "zod";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";

/**
 * Trusted set-up of the people directory (users and teams), for the embedding
 * app, imports and demo data. It takes no actor: whoever holds the `Crm` object
 * is the operator. People-facing changes go through the actor-checked use cases.
 */
export const directoryUseCases = (ctx: CrmContext) => ({
  /** Creates or replaces users by id. @example await crm.upsertUsers([{ id: "u1", name: "Ada", roles: ["rep"] }]) */
  upsertUsers: (users: readonly UserInput[]): Promise<Result<User[], CrmError>> =>
    upsertAll(ctx, users, User, async (parsed) => {
      const now = ctx.clock();
      await ctx.store.db.transaction().execute(async (tx) => {
        for (const user of parsed) {
          const row = userToRow(user, now);
          await tx
            .insertInto("users")
            .values(row)
            .onConflict((c) => c.column("id").doUpdateSet({ ...row, id: undefined }))
            .execute();
        }
      });
    }),
  /** Creates or replaces teams by id. */
  upsertTeams: (teams: readonly TeamInput[]): Promise<Result<Team[], CrmError>> =>
    upsertAll(ctx, teams, Team, async (parsed) => {
      await ctx.store.db.transaction().execute(async (tx) => {
        for (const team of parsed) {
          const row = teamToRow(team);
          await tx
            .insertInto("teams")
            .values(row)
            .onConflict((c) => c.column("id").doUpdateSet({ ...row, id: undefined }))
            .execute();
        }
      });
    }),
});

export type DirectoryUseCases = ReturnType<typeof directoryUseCases>;

const upsertAll = async <S extends z.ZodType>(
  _ctx: CrmContext,
  inputs: readonly unknown[],
  schema: S,
  write: (parsed: z.infer<S>[]) => Promise<void>,
): Promise<Result<z.infer<S>[], CrmError>> => {
  const parsed: z.infer<S>[] = [];
  for (const [index, input] of (Array.isArray(inputs) ? inputs : []).entries()) {
    const result = parseInput(schema, input);
    if (!result.ok) return err({ ...result.error, path: [index, ...(result.error.path ?? [])] });
    parsed.push(result.value);
  }
  try {
    await write(parsed);
    return ok(parsed);
  } catch (error) {
    if (isUnavailable(error))
      return err(crmError("unavailable", "The database cannot be reached right now."));
    throw error;
  }
};
