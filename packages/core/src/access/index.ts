export * from "./accessConfig";
