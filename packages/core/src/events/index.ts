export * from "./domainEvent";
