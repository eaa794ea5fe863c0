export * from "./qualificationConfig";
