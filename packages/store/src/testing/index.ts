export { type TestDriver, testDrivers } from "./testDrivers";
