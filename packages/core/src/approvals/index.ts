export * from "./approvalsConfig";
