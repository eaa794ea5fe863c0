import type { App } from "@slack/bolt";
import { registerActions } from "./actions";
import { registerCommands } from "./commands";
import type { ListenerDeps } from "./deps";
import { registerEvents } from "./events";
import { registerHome } from "./home";
import { registerMore } from "./more";
import { registerShortcuts } from "./shortcuts";
import { registerViews } from "./views";

export type { ListenerDeps } from "./deps";

/** Registers every listener, by kind, on the app. */
export const registerListeners = (app: App, deps: ListenerDeps): void => {
  registerCommands(app, deps);
  registerActions(app, deps);
  registerMore(app, deps);
  registerEvents(app, deps);
  registerHome(app, deps);
  registerViews(app, deps);
  registerShortcuts(app, deps);
};
