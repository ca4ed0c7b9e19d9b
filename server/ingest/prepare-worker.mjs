// An ingestion pipeline's preparing thread (see pipeline.ts): loads the TypeScript sources through tsx, as bin/orrery.js does.
import { register } from "tsx/esm/api";

register();
await import("./prepare-worker.ts");
