export * from "./testCompany";
