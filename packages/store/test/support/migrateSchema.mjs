// One process of a concurrent start: opens (and so migrates) the given schema, then exits.
import { openStore } from "@baton/store";

const [url, schema] = process.argv.slice(2);
const store = await openStore({ url, schema, poolSize: 2 });
await store.close();
console.log("migrated");
