export * from "./receivablesConfig";
