export * from "./directoryUseCases";
