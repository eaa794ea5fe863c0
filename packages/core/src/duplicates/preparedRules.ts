import type { DuplicatesConfig } from "./duplicatesConfig";
import { foldText, isUnspacedScript } from "./foldText";

/** Internal: the duplicates settings turned into lookups once per configuration. */
export type PreparedRules = {
  readonly settings: DuplicatesConfig;
  /** Spaced legal forms as folded tokens, the longest first ("pty ltd" before "ltd"). */
  readonly spacedSuffixes: readonly (readonly string[])[];
  /** Unspaced (CJK) legal forms, the longest first ("股份有限公司" before "有限公司"). */
  readonly unspacedSuffixes: readonly string[];
  readonly freeEmailDomains: ReadonlySet<string>;
};

const prepared = new WeakMap<DuplicatesConfig, PreparedRules>();

/**
 * Internal: the prepared rules of a checked duplicates section, memoised by identity so a
 * batch of 100,000 names folds the suffix list once, not once per name.
 */
export const prepareRules = (settings: DuplicatesConfig): PreparedRules => {
  const known = prepared.get(settings);
  if (known) return known;
  const spaced: string[][] = [];
  const unspaced: string[] = [];
  for (const suffix of settings.legalSuffixes) {
    const folded = foldText(suffix);
    if (folded === "") continue;
    if (isUnspacedScript(folded) && !folded.includes(" ")) unspaced.push(folded);
    else spaced.push(folded.split(" "));
  }
  spaced.sort((a, b) => b.length - a.length || b.join(" ").length - a.join(" ").length);
  unspaced.sort((a, b) => b.length - a.length);
  const rules: PreparedRules = {
    settings,
    spacedSuffixes: spaced,
    unspacedSuffixes: unspaced,
    freeEmailDomains: new Set(settings.freeEmailDomains),
  };
  prepared.set(settings, rules);
  return rules;
};
