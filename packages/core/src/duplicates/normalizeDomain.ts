import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { DuplicatesError } from "./duplicatesError";

const DOMAIN_SHAPE =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]*\p{L}[\p{L}\p{N}-]*$/u;

/** Internal: the bare host of a URL, email address or domain, or null when there is none. */
export const domainKey = (text: string): string | null => {
  let host = text.trim().normalize("NFKC").toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//u, "").replace(/^mailto:/u, "");
  const end = host.search(/[/?#]/u);
  if (end >= 0) host = host.slice(0, end);
  host = host.slice(host.lastIndexOf("@") + 1);
  host = host.replace(/:\d*$/u, "").replace(/\.+$/u, "");
  // "www.acme.com" and "acme.com" are one site; "www.com" keeps its "www".
  for (let m = /^www\d*\.(.+\..+)$/u.exec(host); m?.[1]; m = /^www\d*\.(.+\..+)$/u.exec(host))
    host = m[1];
  return DOMAIN_SHAPE.test(host) ? host : null;
};

/**
 * The domain of a website, URL or email address, used to tell that two records belong to the
 * same company: scheme, "www.", port, path, query and the mailbox are dropped. Idempotent.
 *
 * @example normalizeDomain("https://www.Acme.com/about?x=1", defaultConfig()) // ok("acme.com")
 * @example normalizeDomain("ada@sales.acme.com", defaultConfig()) // ok("sales.acme.com")
 * @example normalizeDomain("not a site", defaultConfig()).ok // false: "invalid_domain"
 */
export const normalizeDomain = (
  urlOrEmail: string,
  config: Config,
): Result<string, DuplicatesError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const input = parseInput(z.string(), urlOrEmail, "website or email");
  if (!input.ok) return input;
  const key = domainKey(input.value);
  return key === null
    ? err(
        domainError(
          "invalid_domain",
          `'${input.value}' has no domain in it; give a website such as acme.com or an email address.`,
        ),
      )
    : ok(key);
};
