export * from "./assignmentConfig";
