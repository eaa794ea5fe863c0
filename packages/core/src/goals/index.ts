export * from "./goalsConfig";
