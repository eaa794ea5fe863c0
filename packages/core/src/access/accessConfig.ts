import { z } from "zod";
import { Role } from "../entities/role";

export const RECORD_KINDS = ["account", "contact", "lead", "deal", "activity"] as const;
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

/** How far a role's reading reaches by default. */
export const ReadScope = z.enum(["own", "team", "all"]);
export type ReadScope = z.infer<typeof ReadScope>;

export const AccessConfig = z.object({
  /** Read scope per role (DOMAIN.md §8). A user with several roles gets the widest. */
  readScope: z.record(Role, ReadScope).default({
    rep: "team",
    manager: "team",
    marketing: "team",
    service: "team",
    finance: "all",
    legal: "all",
    leadership: "all",
    admin: "all",
  }),
  /** Fields hidden from a role, per record kind; everything not listed is visible. */
  hiddenFields: z.partialRecord(Role, z.partialRecord(RecordKind, z.array(z.string()))).default({}),
});
export type AccessConfig = z.infer<typeof AccessConfig>;
