// A catalog's background checkpointer (see checkpointer.ts): loads the TypeScript sources through tsx, as bin/orrery.js does.
import { register } from "tsx/esm/api";

register();
await import("./checkpoint-worker.ts");
