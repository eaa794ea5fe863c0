import type { Result } from "../result";
import { ok } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import { Config } from "./config";

/**
 * Configurations already checked, by identity: a company config is parsed once and then
 * passed to thousands of calls, which must not each pay for a full zod parse. A WeakMap
 * keeps this a pure memo (same object in, same answer out) that never holds a config alive.
 */
const checked = new WeakMap<object, Config>();

/** Remembers a configuration that has just been validated, so `readConfig` trusts it. */
export const rememberCheckedConfig = (config: Config): Config => {
  checked.set(config, config);
  return config;
};

/**
 * The company configuration a public function was handed, checked at the door: a
 * hand-built or JSON-revived object that is not a valid `Config` is refused with a reason
 * (never a crash later, never a silent default). A config from `parseConfig` or
 * `defaultConfig` is recognised and not parsed again. Configs are values: one edited in
 * place after it was checked is not checked again, so build a new object instead.
 *
 * @example readConfig(defaultConfig()).ok // true
 * @example readConfig({ qualification: {} }).ok // true (omitted settings take the defaults)
 * @example readConfig(undefined).ok // false: "The configuration is not valid — input: …"
 */
export const readConfig = (config: unknown): Result<Config, InvalidInput> => {
  if (typeof config === "object" && config !== null) {
    const known = checked.get(config);
    if (known) return ok(known);
  }
  const parsed = parseInput(Config, config, "configuration");
  if (parsed.ok && typeof config === "object" && config !== null) {
    checked.set(config, parsed.value);
    checked.set(parsed.value, parsed.value);
  }
  return parsed;
};
