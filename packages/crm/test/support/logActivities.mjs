// The process a reliability test kills: logs activities one after another and
// prints "ack <n> <activity id>" only after each write has returned ok.
import { openCrm } from "@baton/crm";

const [target, count] = process.argv.slice(2);
const options = target.startsWith("postgres")
  ? { url: target.split("#")[0], schema: target.split("#")[1] }
  : { dataDir: target, closeOnSignal: false };
const crm = await openCrm(options);
process.stdout.write("ready\n");
for (let i = 0; i < Number(count); i += 1) {
  const result = await crm.logActivity(
    { userId: "user-ada" },
    { kind: "call", account: "Acme GmbH", body: `call number ${i}` },
    { idempotencyKey: `kill-test-${i}` },
  );
  if (!result.ok) {
    process.stderr.write(`${JSON.stringify(result.error)}\n`);
    process.exit(2);
  }
  process.stdout.write(`ack ${i} ${result.value.activity.id}\n`);
}
await crm.close();
