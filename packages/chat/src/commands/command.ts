import { z } from "zod";

/**
 * What a person asked for, whether typed as a slash command (the grammar) or
 * said in free text (the language model): the two parsers produce these same
 * objects, and the handlers only ever see these. Names are as typed; handlers
 * resolve them through `@baton/crm` (ambiguity becomes a question, never a guess).
 */

/** Activity kinds a person can log (a task is scheduled as a `next` step). */
export const LOG_KINDS = ["call", "email", "meeting", "demo", "note"] as const;
export type LogKind = (typeof LOG_KINDS)[number];

const Name = z.string().trim().min(1).max(300);

/** A follow-up: what, and when as the person said it ("fri", "明天下午3点"), read with chrono in their zone. */
export const NextStepSpec = z.object({
  step: z.string().trim().min(1).max(500),
  when: z.string().trim().min(1).max(200),
});
export type NextStepSpec = z.infer<typeof NextStepSpec>;

export const LogCommand = z.object({
  verb: z.literal("log"),
  kind: z.enum(LOG_KINDS),
  /** The account (or deal/contact) name as typed. */
  account: Name,
  /** What happened, in the person's words. */
  text: z.string().max(20_000).optional(),
  next: NextStepSpec.optional(),
  /** A private note is seen by its author only (`/log note Acme private ...`). */
  private: z.boolean().optional(),
  /**
   * The account is the whole name as given (quoted, before a colon, or from a form):
   * no longer run of the text's words is tried as the name.
   */
  wholeName: z.boolean().optional(),
});

export const AccountCommand = z.object({ verb: z.literal("account"), name: Name });

export const DealAction = z.discriminatedUnion("type", [
  z.object({ type: z.literal("move"), stage: z.string().trim().min(1).max(100) }),
  z.object({
    type: z.literal("discount"),
    percent: z.number().gt(0).max(100),
    reason: z.string().trim().min(1).max(2_000),
  }),
]);
export type DealAction = z.infer<typeof DealAction>;

export const DealCommand = z.object({
  verb: z.literal("deal"),
  name: Name,
  action: DealAction.optional(),
});

export const LEAD_ACTIONS = ["accept", "recycle", "disqualify"] as const;
export const LeadCommand = z.object({
  verb: z.literal("lead"),
  name: Name,
  action: z.enum(LEAD_ACTIONS).optional(),
  /** A reason code (recycle, disqualify) or a note (accept), as typed. */
  reason: z.string().trim().min(1).max(2_000).optional(),
});

export const ApprovalsCommand = z.object({
  verb: z.literal("approvals"),
  decision: z
    .object({
      /** The approval request's id or its short reference as shown in `/approvals`. */
      approval: z.string().trim().min(1).max(200),
      decision: z.enum(["approve", "reject"]),
      comment: z.string().trim().max(2_000).optional(),
    })
    .optional(),
});

export const PipelineCommand = z.object({
  verb: z.literal("pipeline"),
  scope: z.enum(["me", "team"]).default("me"),
});

export const KpiCommand = z.object({
  verb: z.literal("kpi"),
  /** A KPI name or a close alias ("win rate", "赢单率"); all headline KPIs when left out. */
  name: z.string().trim().min(1).max(100).optional(),
  /** A period as typed: "this_month", "last quarter", "2026-Q1", "本月". */
  period: z.string().trim().min(1).max(100).optional(),
});

export const HealthCommand = z.object({ verb: z.literal("health") });

export const LangCommand = z.object({
  verb: z.literal("lang"),
  /** Absent: show the current language and the choices. */
  locale: z.string().trim().min(1).max(20).optional(),
});

export const LinkCommand = z.object({
  verb: z.literal("link"),
  /** Absent: say who the chat account is linked to; `new`: issue a one-time code; else: redeem a code. */
  code: z.string().trim().min(1).max(40).optional(),
});

export const HelpCommand = z.object({
  verb: z.literal("help"),
  /** A command to explain ("log"); everything when left out. */
  topic: z.string().trim().min(1).max(40).optional(),
});

export const Command = z.discriminatedUnion("verb", [
  LogCommand,
  AccountCommand,
  DealCommand,
  LeadCommand,
  ApprovalsCommand,
  PipelineCommand,
  KpiCommand,
  HealthCommand,
  LangCommand,
  LinkCommand,
  HelpCommand,
]);
export type Command = z.infer<typeof Command>;
export type Verb = Command["verb"];
export const VERBS = [
  "log",
  "account",
  "deal",
  "lead",
  "approvals",
  "pipeline",
  "kpi",
  "health",
  "lang",
  "link",
  "help",
] as const satisfies readonly Verb[];

/** The command of one verb: `CommandOf<"log">`. */
export type CommandOf<V extends Verb> = Extract<Command, { verb: V }>;

/** True when running the command changes stored data, so a model-parsed one is previewed first. */
export const isWrite = (command: Command): boolean => {
  switch (command.verb) {
    case "log":
      return true;
    case "deal":
    case "lead":
      return command.action !== undefined;
    case "approvals":
      return command.decision !== undefined;
    case "lang":
      return command.locale !== undefined;
    case "link":
      return command.code !== undefined;
    default:
      return false;
  }
};
