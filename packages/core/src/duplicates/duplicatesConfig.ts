import { z } from "zod";

/** Legal forms stripped from company names before they are compared (DOMAIN.md §7). */
export const DEFAULT_LEGAL_SUFFIXES = [
  "Inc",
  "Inc.",
  "Incorporated",
  "LLC",
  "Ltd",
  "Limited",
  "GmbH",
  "AG",
  "SA",
  "SAS",
  "S.A.",
  "BV",
  "NV",
  "Corp",
  "Corporation",
  "Co.",
  "Company",
  "PLC",
  "Pty Ltd",
  "KK",
  "株式会社",
  "有限公司",
  "股份有限公司",
  "有限责任公司",
  "集团",
] as const;

/**
 * Mail providers whose domain says nothing about the company: two contacts at gmail.com are
 * not colleagues, so these domains never count as a "same domain" signal.
 */
export const DEFAULT_FREE_EMAIL_DOMAINS = [
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "yahoo.com",
  "icloud.com",
  "me.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "qq.com",
  "163.com",
  "126.com",
  "sina.com",
] as const;

const weight = z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");

/**
 * How much each signal alone says that two records are the same. Signals are combined as
 * independent evidence (1 − Π(1 − strength)), so two weak signals make a stronger case than
 * either alone and the confidence never leaves [0, 1].
 */
export const DuplicateSignalWeights = z.object({
  /** Same normalised email address: one mailbox is one person. */
  sameEmail: weight.default(0.95),
  /** Same phone number in E.164: switchboards are shared, so weaker than an email. */
  samePhone: weight.default(0.6),
  /** Same web or email domain (free mail providers excluded). */
  sameDomain: weight.default(0.6),
  /** Identical normalised names; less alike names get proportionally less (see minNameSimilarity). */
  similarName: weight.default(0.9),
  /** Contacts only: both belong to the same account. */
  sameAccount: weight.default(0.3),
});
export type DuplicateSignalWeights = z.infer<typeof DuplicateSignalWeights>;

/** Settings of duplicate detection (DOMAIN.md §7). */
export const DuplicatesConfig = z.object({
  /** Least confidence (0–1) for a pair to be reported as a duplicate candidate. */
  minConfidence: z.number().min(0).max(1, "must be between 0 and 1").default(0.7),
  /** Default region for phone numbers written without a country code (ISO 3166-1 alpha-2). */
  defaultPhoneCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be a two-letter ISO country code such as 'DE'")
    .default("US"),
  /** Legal forms removed from the end of company names (CJK ones also from the start). */
  legalSuffixes: z
    .array(z.string().trim().min(1, "must not be empty"))
    .default([...DEFAULT_LEGAL_SUFFIXES]),
  /** Remove "+tag" from the local part of emails ("ada+crm@acme.com" is "ada@acme.com"). */
  stripPlusTags: z.boolean().default(true),
  /**
   * Remove dots from Gmail local parts and read googlemail.com as gmail.com: Gmail delivers
   * "a.da@gmail.com" to "ada@gmail.com", so they are one mailbox. Other providers are left alone.
   */
  foldGmailDots: z.boolean().default(true),
  /** Email domains that are not a company's own (see DEFAULT_FREE_EMAIL_DOMAINS). */
  freeEmailDomains: z
    .array(z.string().trim().toLowerCase().min(1, "must not be empty"))
    .default([...DEFAULT_FREE_EMAIL_DOMAINS]),
  /**
   * Jaro-Winkler similarity below which names are not "similar" at all; from there to 1 the
   * name signal grows linearly up to `signalWeights.similarName`.
   */
  minNameSimilarity: z.number().min(0).max(0.99, "must be below 1").default(0.8),
  signalWeights: DuplicateSignalWeights.prefault({}),
  /**
   * How many neighbours each record is compared with in the name-sorted lists (sorted
   * neighbourhood blocking): larger finds more typos, costs linearly more time.
   */
  neighbourWindow: z.number().int().min(1).max(100).default(5),
  /**
   * Records sharing one exact key (email, phone, domain, name) are all compared when there are
   * at most this many; a larger group (a shared switchboard) is compared in windows of this
   * size, which keeps detection near n·log n.
   */
  maxBlockSize: z.number().int().min(2).max(10_000).default(50),
});
export type DuplicatesConfig = z.infer<typeof DuplicatesConfig>;
