import { defaultConfig, scoreLead } from "@baton/core";

const now = new Date("2026-03-31T09:00:00Z");
const lead = { id: "lead-7", industry: "software", sizeBand: "201-1000", seniority: "vp" };
const touches = [{ kind: "demo_request", at: new Date("2026-03-24T09:00:00Z") }];
console.log(scoreLead(lead, touches, now, defaultConfig()).value.combined); // A3

/* Output:
A3
*/
