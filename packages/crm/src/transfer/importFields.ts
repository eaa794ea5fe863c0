import type { ImportKind } from "./importKind";

/**
 * One field a column can fill: our name for it, the exact names it has in our
 * own exports (`aliases`, a sure match) and the names other CRMs give it
 * (`synonyms`, a likely match).
 */
export type ImportField = {
  readonly name: string;
  /** How a person calls it in a sentence: "close date". */
  readonly label: string;
  readonly aliases: readonly string[];
  readonly synonyms: readonly string[];
};

const field = (
  name: string,
  label: string,
  synonyms: readonly string[],
  aliases: readonly string[] = [],
): ImportField => ({ name, label, aliases: [name, ...aliases], synonyms });

const id = (synonyms: readonly string[]) =>
  field("id", "id", ["record id", "external id", "import id", ...synonyms]);
const owner = (synonyms: readonly string[] = []) =>
  field(
    "owner",
    "owner",
    ["owner email", "owner name", "assigned to", "负责人", "所有人", ...synonyms],
    ["ownerId"],
  );
const accountRef = field(
  "account",
  "account",
  [
    "account name",
    "company",
    "company name",
    "associated company",
    "organization",
    "organisation",
    "organization name",
    "account id",
    "company id",
    "associated company id",
    "公司",
    "公司名称",
    "客户",
    "客户名称",
  ],
  ["accountId"],
);
const lifecycleStage = field("lifecycleStage", "lifecycle stage", [
  "lifecycle stage",
  "lifecycle",
  "生命周期阶段",
]);
const ownerQueue = field("ownerQueue", "owner queue", ["queue", "owner queue"]);
const previousOwners = field(
  "previousOwners",
  "previous owners",
  ["previous owners", "previous owner"],
  ["previousOwnerIds"],
);
const createdAt = field("createdAt", "created date", [
  "create date",
  "created",
  "created date",
  "created at",
  "date created",
  "创建时间",
  "创建日期",
]);

/** Every field a file of each kind can fill, in the order a report lists them. */
export const IMPORT_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  accounts: [
    id(["company id", "account id", "organization id", "hubspot id", "salesforce id"]),
    field("name", "name", [
      "account name",
      "company",
      "company name",
      "organization",
      "organisation",
      "organization name",
      "公司",
      "公司名称",
      "客户名称",
      "企业名称",
    ]),
    field("domain", "domain", [
      "website",
      "company domain name",
      "website url",
      "web site",
      "url",
      "网站",
      "域名",
      "官网",
    ]),
    field("industry", "industry", ["sector", "行业"]),
    field("region", "region", ["territory", "sales region", "区域", "地区"]),
    field("country", "country", [
      "country region",
      "billing country",
      "country code",
      "国家",
      "国家地区",
    ]),
    field("sizeBand", "size band", [
      "size band",
      "employees",
      "number of employees",
      "employee count",
      "company size",
      "headcount",
      "员工人数",
      "规模",
    ]),
    lifecycleStage,
    owner(["account owner", "company owner"]),
    ownerQueue,
    field("team", "team", ["owning team", "团队"], ["teamId"]),
    field(
      "parent",
      "parent account",
      ["parent account", "parent company", "parent company name", "上级公司", "母公司"],
      ["parentId"],
    ),
    previousOwners,
    createdAt,
  ],
  contacts: [
    id(["contact id", "person id", "lead id"]),
    field("name", "name", ["full name", "contact name", "person name", "姓名", "联系人"]),
    field("firstName", "first name", ["first name", "given name", "firstname", "名"]),
    field("lastName", "last name", ["last name", "surname", "family name", "lastname", "姓"]),
    field("email", "email", ["email address", "e mail", "work email", "邮箱", "电子邮件"]),
    field("phone", "phone", [
      "phone number",
      "mobile",
      "mobile phone",
      "mobile phone number",
      "telephone",
      "电话",
      "手机",
    ]),
    field("title", "title", ["job title", "position", "职位", "职务"]),
    field("seniority", "seniority", ["job level", "level", "职级"]),
    field("department", "department", ["部门"]),
    lifecycleStage,
    accountRef,
    owner(["contact owner"]),
    ownerQueue,
    previousOwners,
    createdAt,
  ],
  deals: [
    id(["deal id", "opportunity id"]),
    field("name", "name", [
      "deal name",
      "deal title",
      "opportunity name",
      "opportunity",
      "商机名称",
      "商机",
    ]),
    accountRef,
    owner(["deal owner", "opportunity owner"]),
    field("stage", "stage", [
      "deal stage",
      "pipeline stage",
      "opportunity stage",
      "阶段",
      "销售阶段",
    ]),
    field("amount", "amount", ["value", "deal value", "deal amount", "opportunity amount", "金额"]),
    field("currency", "currency", ["currency code", "deal currency", "货币", "币种"]),
    field("closeDate", "close date", [
      "close date",
      "expected close date",
      "closing date",
      "预计成交日期",
      "成交日期",
    ]),
    createdAt,
    field("closedAt", "closed date", ["closed at", "closed date", "date closed", "won date"]),
    field("contacts", "contacts", ["associated contacts", "contact emails"], ["contactIds"]),
    field("stageHistory", "stage history", ["stage history"]),
  ],
  activities: [
    id(["activity id", "engagement id", "task id"]),
    field("kind", "kind", ["type", "activity type", "engagement type", "活动类型", "类型"]),
    field("direction", "direction", ["call direction", "email direction"]),
    field("outcome", "outcome", ["result", "call outcome", "disposition", "结果"]),
    field("subject", "subject", ["title", "activity subject", "主题"]),
    field("body", "body", ["notes", "note", "description", "details", "comments", "内容", "备注"]),
    field("occurredAt", "date", [
      "date",
      "activity date",
      "occurred at",
      "timestamp",
      "date time",
      "日期",
      "时间",
    ]),
    field(
      "actor",
      "logged by",
      ["owner", "activity owner", "assigned to", "user", "logged by", "created by", "负责人"],
      ["actorId"],
    ),
    accountRef,
    field(
      "contact",
      "contact",
      ["contact email", "associated contact", "contact name", "person", "联系人"],
      ["contactId"],
    ),
    field("lead", "lead", ["associated lead", "lead email"], ["leadId"]),
    field("deal", "deal", ["associated deal", "deal name", "opportunity", "商机"], ["dealId"]),
    field("nextStep", "next step", ["next step", "next steps", "follow up", "下一步"]),
    field("nextStepDueAt", "next step due date", [
      "next step due",
      "next step date",
      "next step due date",
      "follow up date",
    ]),
    field("private", "private", ["is private", "private note"]),
    field("dueAt", "due date", ["due date", "task due date", "截止日期"]),
    field("completedAt", "completed date", ["completed", "completed date", "completed at", "done"]),
  ],
  users: [
    id(["user id", "employee id"]),
    field("name", "name", ["full name", "user name", "姓名"]),
    field("email", "email", ["email address", "e mail", "login", "邮箱"]),
    field("roles", "roles", ["role", "profile", "角色"]),
    field("team", "team", ["team name", "团队"], ["teamId"]),
    field("manager", "manager", ["reports to", "manager email", "经理"], ["managerId"]),
    field("timeZone", "time zone", ["timezone", "time zone", "tz", "时区"]),
    field("locale", "locale", ["language", "语言"]),
    field("active", "active", ["is active", "enabled", "状态"]),
    field("outOfOfficeStart", "out of office start", ["out of office from", "away from"]),
    field("outOfOfficeEnd", "out of office end", ["out of office until", "away until"]),
    field("dailyCap", "daily cap", ["daily cap", "daily limit"]),
  ],
  teams: [
    id(["team id"]),
    field("name", "name", ["team name", "团队名称"]),
    field("function", "function", ["team function", "type", "department", "职能"]),
    field("manager", "manager", ["team manager", "manager email", "lead", "经理"], ["managerId"]),
    field("parentTeam", "parent team", ["parent", "parent team", "上级团队"], ["parentTeamId"]),
  ],
};

/** Fields a file of each kind must have a column for; each inner list needs one of its fields. */
export const REQUIRED_FIELDS: Readonly<Record<ImportKind, readonly (readonly string[])[]>> = {
  accounts: [["name"]],
  contacts: [["name", "firstName", "lastName"]],
  deals: [["name"], ["account"], ["owner"], ["stage"], ["amount"], ["closeDate"]],
  activities: [["kind"], ["occurredAt"], ["actor"], ["account", "contact", "lead", "deal"]],
  users: [["name"], ["roles"]],
  teams: [["name"], ["function"]],
};

/** The field of `kind` called `name`, if there is one. */
export const importField = (kind: ImportKind, name: string): ImportField | undefined =>
  IMPORT_FIELDS[kind].find((f) => f.name === name || f.aliases.includes(name));
