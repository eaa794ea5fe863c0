import type { Role, Team, TeamFunction, User } from "@baton/core";
import { demoPerson, emailBook } from "./demoPeople";
import type { SeededRandom } from "./seededRandom";

/** The demo company's people, by what they do. */
export type DemoStaff = {
  readonly teams: Team[];
  readonly users: User[];
  readonly westReps: User[];
  readonly eastReps: User[];
  readonly marketing: User[];
  readonly service: User[];
};

const COMPANY_DOMAIN = "baton-demo.example";

type Seat = { role: Role; zone: string; locale: "en" | "zh-CN" };

/**
 * The demo company: marketing, two regional sales teams (West: Europe and the
 * Americas; East: Asia-Pacific), service, finance and leadership, with people
 * in Europe, the US and Shanghai. Reps grow with the number of accounts (about
 * one per 40 accounts and region), the other teams a little.
 */
export const demoStaff = (random: SeededRandom, seed: number, accounts: number): DemoStaff => {
  const id = (what: string) => `demo-${seed}-${what}`;
  const email = emailBook();
  const users: User[] = [];
  const person = (team: string | null, manager: string | null, seat: Seat, n: number): User => {
    const who = demoPerson(random, seat.locale === "zh-CN");
    const user: User = {
      id: id(`user-${n}`),
      name: who.name,
      email: email(who.emailLocal, COMPANY_DOMAIN),
      roles: [seat.role],
      teamId: team,
      managerId: manager,
      timeZone: seat.zone,
      locale: seat.locale,
      active: true,
      outOfOffice: null,
      dailyCap: seat.role === "rep" ? 25 : null,
    };
    users.push(user);
    return user;
  };
  let n = 0;
  const next = () => ++n;
  const ceo = person(
    id("team-leadership"),
    null,
    { role: "leadership", zone: "America/New_York", locale: "en" },
    next(),
  );
  const vpSales = person(
    id("team-leadership"),
    ceo.id,
    { role: "leadership", zone: "Europe/London", locale: "en" },
    next(),
  );
  person(null, ceo.id, { role: "admin", zone: "Europe/Berlin", locale: "en" }, next());
  const westHead = person(
    id("team-sales-west"),
    vpSales.id,
    { role: "manager", zone: "Europe/Berlin", locale: "en" },
    next(),
  );
  const eastHead = person(
    id("team-sales-east"),
    vpSales.id,
    { role: "manager", zone: "Asia/Shanghai", locale: "zh-CN" },
    next(),
  );
  const marketingHead = person(
    id("team-marketing"),
    ceo.id,
    { role: "marketing", zone: "America/New_York", locale: "en" },
    next(),
  );
  const serviceHead = person(
    id("team-service"),
    ceo.id,
    { role: "service", zone: "Europe/Dublin", locale: "en" },
    next(),
  );
  const financeHead = person(
    id("team-finance"),
    ceo.id,
    { role: "finance", zone: "Europe/Berlin", locale: "en" },
    next(),
  );
  person(
    id("team-finance"),
    financeHead.id,
    { role: "legal", zone: "Europe/London", locale: "en" },
    next(),
  );
  person(
    id("team-finance"),
    financeHead.id,
    { role: "finance", zone: "Asia/Shanghai", locale: "zh-CN" },
    next(),
  );

  const repsPerRegion = Math.min(150, Math.max(3, Math.round(accounts / 40)));
  const westZones = [
    "Europe/Berlin",
    "Europe/London",
    "Europe/Paris",
    "America/New_York",
    "America/Chicago",
  ];
  const westReps = Array.from({ length: repsPerRegion }, () =>
    person(
      id("team-sales-west"),
      westHead.id,
      { role: "rep", zone: random.pick(westZones), locale: "en" },
      next(),
    ),
  );
  const eastReps = Array.from({ length: repsPerRegion }, () => {
    const singapore = random.chance(0.2);
    return person(
      id("team-sales-east"),
      eastHead.id,
      singapore
        ? { role: "rep", zone: "Asia/Singapore", locale: "en" }
        : { role: "rep", zone: "Asia/Shanghai", locale: "zh-CN" },
      next(),
    );
  });
  const helpers = Math.max(2, Math.round(repsPerRegion / 3));
  const marketing = [
    marketingHead,
    ...Array.from({ length: helpers }, () =>
      person(
        id("team-marketing"),
        marketingHead.id,
        {
          role: "marketing",
          zone: random.pick(["America/New_York", "Europe/London"]),
          locale: "en",
        },
        next(),
      ),
    ),
  ];
  const service = [
    serviceHead,
    ...Array.from({ length: helpers }, () => {
      const china = random.chance(0.4);
      return person(
        id("team-service"),
        serviceHead.id,
        china
          ? { role: "service", zone: "Asia/Shanghai", locale: "zh-CN" }
          : { role: "service", zone: "Europe/Dublin", locale: "en" },
        next(),
      );
    }),
  ];

  const team = (what: string, name: string, fn: TeamFunction, managerId: string | null): Team => ({
    id: id(`team-${what}`),
    name,
    function: fn,
    managerId,
    parentTeamId: null,
  });
  const teams = [
    team("marketing", "Marketing", "marketing", marketingHead.id),
    team("sales-west", "Sales West (Europe & Americas)", "sales", westHead.id),
    team("sales-east", "Sales East (Asia-Pacific)", "sales", eastHead.id),
    team("service", "Customer Service", "service", serviceHead.id),
    team("finance", "Finance & Legal", "finance", financeHead.id),
    team("leadership", "Leadership", "leadership", ceo.id),
  ];
  return { teams, users, westReps, eastReps, marketing, service };
};
