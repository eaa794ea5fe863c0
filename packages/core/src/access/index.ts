export * from "./accessConfig";
export * from "./accessDecision";
export * from "./fieldVisibility";
export * from "./recordFields";
export * from "./teamScope";
