import type { Locale } from "@baton/core";
import { en } from "./en";
import { zhCN } from "./zh-CN";

/**
 * Every message Baton says, as functions of their values. English is the
 * reference; the Chinese catalog must have exactly the same keys and
 * parameters (the type checker holds it to that).
 */
export type Catalog = typeof en;

const CATALOGS: Record<Locale, Catalog> = { en, "zh-CN": zhCN };

/**
 * The messages in `locale`.
 *
 * @example messages("zh-CN").common.notLinked()
 */
export const messages = (locale: Locale): Catalog => CATALOGS[locale];
