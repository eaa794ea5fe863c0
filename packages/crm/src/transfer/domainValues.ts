import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type Config,
  LIFECYCLE_STAGES,
  type LifecycleStage,
  LOCALES,
  type Locale,
  normalizeDomain,
  ok,
  type Result,
  ROLES,
  type Role,
  SENIORITIES,
  type Seniority,
  TEAM_FUNCTIONS,
  type TeamFunction,
} from "@baton/core";
import { readChoice } from "./readChoice";
import { readInstant } from "./readInstant";

// Readers for the values with a fixed list in Baton, knowing the names other
// CRMs give them (HubSpot's lifecycle labels, Salesforce's stage labels).

/** HubSpot's lifecycle labels and internal values, which are ours in other words. */
const LIFECYCLE_ALIASES: Readonly<Record<string, LifecycleStage>> = {
  "marketing qualified lead": "mql",
  "sales qualified lead": "sql",
  marketingqualifiedlead: "mql",
  salesqualifiedlead: "sql",
  "former customer": "churned",
  disqualified: "disqualified",
};

/** @example readLifecycleStage("Marketing Qualified Lead") // ok("mql") */
export const readLifecycleStage = (text: string): Result<LifecycleStage, string> =>
  readChoice(text, LIFECYCLE_STAGES, LIFECYCLE_ALIASES);

/** A pipeline stage of the company's pipeline, by id or label: "Closed Won" is `closed_won`. */
export const readPipelineStage =
  (config: Config) =>
  (text: string): Result<string, string> =>
    readChoice(
      text,
      config.pipeline.stages.map((s) => s.id),
      Object.fromEntries(config.pipeline.stages.map((s) => [s.label, s.id])),
    );

const SENIORITY_ALIASES: Readonly<Record<string, Seniority>> = {
  "c-suite": "c_level",
  executive: "c_level",
  "vice president": "vp",
  "individual contributor": "individual",
};

/** @example readSeniority("C-Level") // ok("c_level") */
export const readSeniority = (text: string): Result<Seniority, string> =>
  readChoice(text, SENIORITIES, SENIORITY_ALIASES);

const KIND_ALIASES: Readonly<Record<string, ActivityKind>> = {
  "logged call": "call",
  "phone call": "call",
  "incoming email": "email",
  "outgoing email": "email",
  "logged email": "email",
  "logged meeting": "meeting",
  电话: "call",
  邮件: "email",
  会议: "meeting",
  演示: "demo",
  备注: "note",
  任务: "task",
};

/** @example readActivityKind("Logged call") // ok("call") */
export const readActivityKind = (text: string): Result<ActivityKind, string> =>
  readChoice(text, ACTIVITY_KINDS, KIND_ALIASES);

/** @example readDirection("Outbound") // ok("outbound") */
export const readDirection = (text: string): Result<"inbound" | "outbound", string> =>
  readChoice(text, ["inbound", "outbound"] as const, { incoming: "inbound", outgoing: "outbound" });

/** @example readRole("Admin") // ok("admin") */
export const readRole = (text: string): Result<Role, string> =>
  readChoice(text, ROLES, {
    administrator: "admin",
    "sales rep": "rep",
    "sales manager": "manager",
  });

/** @example readLocale("zh") // ok("zh-CN") */
export const readLocale = (text: string): Result<Locale, string> =>
  readChoice(text, LOCALES, {
    zh: "zh-CN",
    zh_cn: "zh-CN",
    chinese: "zh-CN",
    中文: "zh-CN",
    english: "en",
    "en-us": "en",
    "en-gb": "en",
  });

/** @example readTeamFunction("Sales") // ok("sales") */
export const readTeamFunction = (text: string): Result<TeamFunction, string> =>
  readChoice(text, TEAM_FUNCTIONS, {
    "sales ops": "ops",
    operations: "ops",
    "customer success": "service",
  });

/** A web address or domain as the bare domain Baton keeps: "https://www.Acme.com/" is "acme.com". */
export const readDomain =
  (config: Config) =>
  (text: string): Result<string, string> => {
    const domain = normalizeDomain(text, config);
    return domain.ok ? ok(domain.value) : { ok: false, error: "is not a web address or domain" };
  };

/** Reads dates in ISO form or the mapping's `dateFormat`. */
export const readDate =
  (format: string | undefined) =>
  (text: string): Result<Date, string> =>
    readInstant(text, format);

/** A whole number of 0 or more ("12", "1,200"). */
export const readCount = (text: string): Result<number, string> => {
  const digits = text.replace(/[\s,'’]/g, "");
  return /^\d{1,9}$/.test(digits)
    ? ok(Number(digits))
    : { ok: false, error: "is not a whole number of 0 or more" };
};
