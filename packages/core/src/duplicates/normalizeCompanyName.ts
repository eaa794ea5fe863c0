import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { DuplicatesError } from "./duplicatesError";
import { foldText } from "./foldText";
import { type PreparedRules, prepareRules } from "./preparedRules";

const endsWithTokens = (tokens: readonly string[], suffix: readonly string[]): boolean => {
  const offset = tokens.length - suffix.length;
  if (offset <= 0) return false; // never strip the whole name: "Company" stays "company"
  for (let i = 0; i < suffix.length; i++) if (tokens[offset + i] !== suffix[i]) return false;
  return true;
};

/** Removes one legal form from `tokens` if any applies; false when none does. */
const stripOneLegalForm = (tokens: string[], rules: PreparedRules): boolean => {
  for (const suffix of rules.spacedSuffixes) {
    if (endsWithTokens(tokens, suffix)) {
      tokens.length -= suffix.length;
      return true;
    }
  }
  const last = tokens.length - 1;
  const lastToken = tokens[last] ?? "";
  const firstToken = tokens[0] ?? "";
  for (const suffix of rules.unspacedSuffixes) {
    // CJK legal forms are glued to the name: "阿里巴巴集团", and in Japanese also in front: "株式会社トヨタ".
    if (lastToken.length > suffix.length && lastToken.endsWith(suffix)) {
      tokens[last] = lastToken.slice(0, -suffix.length);
      return true;
    }
    if (lastToken === suffix && tokens.length > 1) {
      tokens.length -= 1;
      return true;
    }
    if (firstToken.length > suffix.length && firstToken.startsWith(suffix)) {
      tokens[0] = firstToken.slice(suffix.length);
      return true;
    }
    if (firstToken === suffix && tokens.length > 1) {
      tokens.shift();
      return true;
    }
  }
  return false;
};

/**
 * Internal: the comparable form of a company name ("" when nothing comparable is left).
 * Legal forms are stripped until none is left ("Acme Co. Inc" is "acme"), but never the last
 * word, so a name that is only a legal form keeps it.
 */
export const companyNameKey = (name: string, rules: PreparedRules): string => {
  const folded = foldText(name);
  if (folded === "") return "";
  const tokens = folded.split(" ");
  while (stripOneLegalForm(tokens, rules)) {
    // keep stripping: "Acme Holdings Co., Ltd." may carry several forms
  }
  return tokens.join(" ");
};

/**
 * The form of a company name used to compare companies: case, width, punctuation and the
 * company's legal forms (config `duplicates.legalSuffixes`) do not make two companies
 * different. Idempotent; names in Chinese or Japanese keep their characters.
 *
 * @example normalizeCompanyName("Acme, Inc.", defaultConfig()) // ok("acme")
 * @example normalizeCompanyName("ACME Inc", defaultConfig()) // ok("acme")
 * @example normalizeCompanyName("阿里巴巴集团", defaultConfig()) // ok("阿里巴巴")
 * @example normalizeCompanyName("  ...  ", defaultConfig()).ok // false: "empty_name"
 */
export const normalizeCompanyName = (
  name: string,
  config: Config,
): Result<string, DuplicatesError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const input = parseInput(z.string(), name, "company name");
  if (!input.ok) return input;
  const key = companyNameKey(input.value, prepareRules(company.value.duplicates));
  return key === ""
    ? err(
        domainError(
          "empty_name",
          `The company name '${input.value}' has no letters or digits to compare; give the company a name.`,
        ),
      )
    : ok(key);
};
