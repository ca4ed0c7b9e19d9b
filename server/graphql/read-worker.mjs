// A read worker (see read-pool.ts): loads the TypeScript sources through tsx, as bin/orrery.js does.
import { register } from "tsx/esm/api";

register();
await import("./read-worker.ts");
