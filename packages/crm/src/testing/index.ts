export * from "./testCompany";
export * from "./testDeals";
