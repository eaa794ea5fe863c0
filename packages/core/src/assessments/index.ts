export * from "./assessmentsConfig";
