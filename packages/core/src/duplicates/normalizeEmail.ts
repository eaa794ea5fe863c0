import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { DuplicatesConfig } from "./duplicatesConfig";
import type { DuplicatesError } from "./duplicatesError";

const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;
const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/**
 * Internal: the comparable form of an email address, or null when it is not an address.
 * A leading "+" is part of the mailbox, not a tag, so only a "+" after the first character
 * starts a tag.
 */
export const emailKey = (email: string, settings: DuplicatesConfig): string | null => {
  const trimmed = email.trim().toLowerCase().replace(/\.+$/u, "");
  if (!EMAIL_SHAPE.test(trimmed)) return null;
  const at = trimmed.lastIndexOf("@");
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1);
  if (settings.stripPlusTags) {
    const plus = local.indexOf("+", 1);
    if (plus > 0) local = local.slice(0, plus);
  }
  if (settings.foldGmailDots && GMAIL_DOMAINS.has(domain)) {
    domain = "gmail.com";
    local = local.replace(/\./gu, "");
  }
  return local === "" ? null : `${local}@${domain}`;
};

/**
 * The form of an email address used to find the same person twice: trimmed and lower-cased,
 * plus-tags removed ("ada+crm@acme.com" is "ada@acme.com", config `stripPlusTags`), and for
 * Gmail, which ignores dots, the dots removed (config `foldGmailDots`). Idempotent.
 *
 * @example normalizeEmail(" Ada+CRM@Acme.com ", defaultConfig()) // ok("ada@acme.com")
 * @example normalizeEmail("a.da@googlemail.com", defaultConfig()) // ok("ada@gmail.com")
 * @example normalizeEmail("ada at acme", defaultConfig()).ok // false: "invalid_email"
 */
export const normalizeEmail = (email: string, config: Config): Result<string, DuplicatesError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const input = parseInput(z.string(), email, "email address");
  if (!input.ok) return input;
  const key = emailKey(input.value, company.value.duplicates);
  return key === null
    ? err(
        domainError(
          "invalid_email",
          `'${input.value}' is not an email address; write it as name@company.com.`,
        ),
      )
    : ok(key);
};
