import type { Config } from "@baton/core";
import type { Store } from "@baton/store";

/** What every use case runs with: the store, the company's rules, a clock and an id source. */
export type CrmContext = {
  readonly store: Store;
  readonly config: Config;
  /** The time "now" is; tests and replays pass a fixed clock. */
  readonly clock: () => Date;
  /** New record ids (uuid v4 by default). */
  readonly newId: () => string;
};
