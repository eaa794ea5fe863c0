export * from "./kpiConfig";
export * from "./kpiPeriod";
export * from "./kpiResult";
