export * from "./scoringConfig";
