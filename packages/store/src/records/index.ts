export * from "./recordRows";
