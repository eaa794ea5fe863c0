export * from "./enqueueJob";
export * from "./jobWorker";
