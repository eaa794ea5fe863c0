export * from "./accessActor";
export * from "./accessConfig";
export * from "./accessDecision";
export * from "./accessTarget";
export * from "./fieldVisibility";
export * from "./recordFields";
export * from "./teamScope";
