// A read worker (see read-pool.ts): loads the TypeScript sources through tsx, as bin/orrery.js does.
import { register } from "tsx/esm/api";

register();
// The worker runs graphql-js itself (no yoga): outside "production" graphql-js looks, on every
// failed instanceof check (several per field), for a second copy of itself. Only this thread's
// copy of the environment changes.
process.env.NODE_ENV ??= "production";
await import("./read-worker.ts");
