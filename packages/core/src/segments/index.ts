export * from "./segmentsConfig";
