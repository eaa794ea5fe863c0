export * from "./healthConfig";
