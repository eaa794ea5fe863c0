export * from "./funnelConfig";
export * from "./pipelineConfig";
