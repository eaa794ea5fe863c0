import type { AccessTargetInput, LifecycleStage, Role, TeamFunction, User } from "@baton/core";
import {
  accountFromRow,
  contactFromRow,
  type Database,
  dealFromRow,
  leadFromRow,
} from "@baton/store";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Organisation } from "./organisation";

export const JUDGED_KINDS = ["account", "contact", "lead", "deal"] as const;
/** The kinds of record a team may judge. */
export const JudgedKind = z.enum(JUDGED_KINDS, {
  error: `must be a record kind, one of ${JUDGED_KINDS.join(", ")}`,
});
export type JudgedKind = z.infer<typeof JudgedKind>;

/** A judged record: what access checks read, its name, and the lifecycle stage that says which team owns it. */
export type JudgedRecord = {
  readonly kind: JudgedKind;
  readonly id: string;
  readonly name: string;
  readonly target: AccessTargetInput;
  /** A deal's is its account's. */
  readonly stage: LifecycleStage | undefined;
};

/** Loads a record to judge, or null when there is none with that id. */
export const loadJudgedRecord = async (
  db: Kysely<Database>,
  kind: JudgedKind,
  id: string,
): Promise<JudgedRecord | null> => {
  switch (kind) {
    case "account": {
      const row = await db
        .selectFrom("accounts")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) return null;
      const record = accountFromRow(row);
      return {
        kind,
        id,
        name: record.name,
        target: { kind, record },
        stage: record.lifecycleStage,
      };
    }
    case "contact": {
      const row = await db
        .selectFrom("contacts")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) return null;
      const record = contactFromRow(row);
      return {
        kind,
        id,
        name: record.name,
        target: { kind, record },
        stage: record.lifecycleStage,
      };
    }
    case "lead": {
      const row = await db.selectFrom("leads").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) return null;
      const record = leadFromRow(row);
      return {
        kind,
        id,
        name: record.name,
        target: { kind, record },
        stage: record.lifecycleStage,
      };
    }
    case "deal": {
      const row = await db.selectFrom("deals").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) return null;
      const account = await db
        .selectFrom("accounts")
        .select("lifecycle_stage")
        .where("id", "=", row.account_id)
        .executeTakeFirst();
      return {
        kind,
        id,
        name: row.name,
        target: { kind, record: dealFromRow(row) },
        stage: account?.lifecycle_stage as LifecycleStage | undefined,
      };
    }
  }
};

/** The function a role judges for when its holder is in no team (the CRM owner works ops). */
const FUNCTION_OF_ROLE: Record<Role, TeamFunction> = {
  rep: "sales",
  manager: "sales",
  marketing: "marketing",
  service: "service",
  finance: "finance",
  legal: "legal",
  leadership: "leadership",
  admin: "ops",
};

/** The team function an author judges for: their team's, else their first role's. */
export const authorTeamFunction = (author: User, org: Organisation): TeamFunction => {
  const team = org.teams.find((t) => t.id === author.teamId);
  if (team) return team.function;
  const [role] = author.roles;
  return role === undefined ? "ops" : FUNCTION_OF_ROLE[role];
};
