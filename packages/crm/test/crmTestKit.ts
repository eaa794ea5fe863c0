export * from "../src/testing";
