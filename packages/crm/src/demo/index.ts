export type { DemoTask } from "./demoActivities";
export { type DemoData, DemoOptions, generateDemoData } from "./generateDemoData";
export {
  DEMO_TABLES,
  type DemoLoadProgress,
  type DemoLoadSummary,
  type DemoTable,
  type LoadDemoOptions,
  loadDemoData,
} from "./loadDemoData";
export { type SeededRandom, seededRandom } from "./seededRandom";
