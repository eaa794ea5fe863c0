import { createHash } from "node:crypto";
import type { ImportKind } from "./importKind";

/**
 * The external id of a row from a file without an id column: a hash of the
 * kind and the row's normalised key fields (an account's name and domain), so
 * the same row imported again is the same record and is not created twice.
 *
 * @example stableExternalId("accounts", ["acme", "acme.com"]) // "import:accounts:5d1c…"
 */
export const stableExternalId = (kind: ImportKind, key: readonly string[]): string =>
  `import:${kind}:${createHash("sha256")
    .update([kind, ...key].join("\u001f"))
    .digest("hex")
    .slice(0, 32)}`;
