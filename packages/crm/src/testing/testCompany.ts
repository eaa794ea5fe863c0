/**
 * A small company for tests of Baton and of apps built on it (`@baton/crm/testing`):
 * every role, two sales teams, one deactivated user, a movable clock.
 */
import type { Config, TeamInput, UserInput } from "@baton/core";
import type { TestDriver } from "@baton/store/testing";
import { type Crm, openCrm } from "../openCrm";

/** The people of a small company, enough for every role to appear in a test. */
export const TEAMS: TeamInput[] = [
  { id: "team-marketing", name: "Marketing", function: "marketing", managerId: "user-mona" },
  { id: "team-sales", name: "Sales", function: "sales", managerId: "user-mia" },
  {
    id: "team-sales-east",
    name: "Sales East",
    function: "sales",
    managerId: "user-mia",
    parentTeamId: "team-sales",
  },
  { id: "team-service", name: "Service", function: "service", managerId: "user-sue" },
  { id: "team-finance", name: "Finance", function: "finance", managerId: "user-fay" },
  { id: "team-leadership", name: "Leadership", function: "leadership", managerId: null },
];

export const USERS: UserInput[] = [
  {
    id: "user-ada",
    name: "Ada Lovelace",
    email: "ada@example.com",
    roles: ["rep"],
    teamId: "team-sales",
    managerId: "user-mia",
  },
  {
    id: "user-bob",
    name: "Bob Stone",
    email: "bob@example.com",
    roles: ["rep"],
    teamId: "team-sales",
    managerId: "user-mia",
  },
  {
    id: "user-eve",
    name: "Eve Chen",
    email: "eve@example.com",
    roles: ["rep"],
    teamId: "team-sales-east",
    managerId: "user-mia",
    timeZone: "Asia/Shanghai",
    locale: "zh-CN",
  },
  {
    id: "user-mia",
    name: "Mia Manager",
    email: "mia@example.com",
    roles: ["manager"],
    teamId: "team-sales",
    managerId: "user-leo",
  },
  {
    id: "user-mona",
    name: "Mona Marketing",
    email: "mona@example.com",
    roles: ["marketing"],
    teamId: "team-marketing",
    managerId: "user-leo",
  },
  {
    id: "user-sue",
    name: "Sue Service",
    email: "sue@example.com",
    roles: ["service"],
    teamId: "team-service",
    managerId: "user-leo",
  },
  {
    id: "user-fay",
    name: "Fay Finance",
    email: "fay@example.com",
    roles: ["finance"],
    teamId: "team-finance",
    managerId: "user-leo",
  },
  {
    id: "user-leo",
    name: "Leo Leader",
    email: "leo@example.com",
    roles: ["leadership"],
    teamId: "team-leadership",
  },
  { id: "user-adm", name: "Adi Admin", email: "adm@example.com", roles: ["admin"], teamId: null },
  {
    id: "user-gone",
    name: "Gus Gone",
    email: "gus@example.com",
    roles: ["rep"],
    teamId: "team-sales",
    active: false,
  },
];

export const ADA = { userId: "user-ada" } as const;
export const BOB = { userId: "user-bob" } as const;
export const EVE = { userId: "user-eve" } as const;
export const MIA = { userId: "user-mia" } as const;
export const MONA = { userId: "user-mona" } as const;
export const SUE = { userId: "user-sue" } as const;
export const FAY = { userId: "user-fay" } as const;
export const LEO = { userId: "user-leo" } as const;
export const ADM = { userId: "user-adm" } as const;
export const GONE = { userId: "user-gone" } as const;

/** 2026-03-02 09:00 UTC, a Monday. */
export const T0 = new Date("2026-03-02T09:00:00Z");

/** A clock a test can move: `clock.advance(ms)`, `clock.set(date)`. */
export const testClock = (start: Date = T0) => {
  let now = start.getTime();
  const clock = () => new Date(now);
  clock.advance = (ms: number) => {
    now += ms;
  };
  clock.set = (at: Date) => {
    now = at.getTime();
  };
  return clock;
};

let idCounter = 0;

/**
 * A CRM on a fresh schema of `driver`, with the company above seeded and a
 * movable clock. Close it in `afterEach`; the schema is dropped.
 */
export const openTestCrm = async (
  driver: TestDriver,
  options: { config?: Config; clock?: ReturnType<typeof testClock>; seed?: boolean } = {},
): Promise<Crm & { clock: ReturnType<typeof testClock> }> => {
  const store = await driver.open();
  const clock = options.clock ?? testClock();
  const crm = await openCrm({
    store,
    clock,
    newId: () => `id-${++idCounter}`,
    ...(options.config ? { config: options.config } : {}),
  });
  if (options.seed ?? true) {
    const teams = await crm.upsertTeams(TEAMS);
    const users = await crm.upsertUsers(USERS);
    if (!teams.ok || !users.ok) throw new Error("could not seed the test company");
  }
  return {
    ...crm,
    clock,
    close: async () => {
      await crm.close();
      await store.close();
    },
  };
};
