export * from "./duplicatesConfig";
