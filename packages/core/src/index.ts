/**
 * @baton/core — Baton's pure CRM domain. No I/O, no clock, no randomness:
 * time and data are always arguments, refusals are values.
 */
export * from "./access";
export * from "./assignment";
export * from "./config/config";
export { readConfig } from "./config/readConfig";
export * from "./entities";
export * from "./events";
export * from "./funnel";
export * from "./qualification";
export * from "./result";
export * from "./scoring";
export * from "./sla";
export * from "./validation";
