/**
 * The preparing thread of an ingestion pipeline (see ./pipeline.ts): it reads the proposals from
 * the source the writer names, expands legacy MCEs, prepares each proposal as far as it can without
 * the catalog (detach()) and sends them in chunks, at most `ahead` chunks before the writer has
 * taken them.
 */
import { parentPort, workerData } from "node:worker_threads";
import { detach, expandMce, type Detached } from "./proposals";
import type { PipelineSource, PrepareMessage, SourceSections } from "./pipeline";

const { source, chunk, ahead } = workerData as { source: PipelineSource; chunk: number; ahead: number };
const port = parentPort!;
const send = (m: PrepareMessage) => port.postMessage(m);

let sent = 0;
let taken = 0;
let wake: (() => void) | null = null;
port.on("message", (m: unknown) => {
  if (m !== "taken") return;
  taken++;
  wake?.();
  wake = null;
});
/** Resolves once fewer than `ahead` sent chunks wait for the writer. */
const room = () => (sent - taken < ahead ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve)));

async function run(): Promise<void> {
  const mod = (await import(source.module)) as Record<string, unknown>;
  const open = mod[source.export];
  if (typeof open !== "function") throw new Error(`${source.module} exports no function '${source.export}'`);
  const { total, sections } = (await open(...(source.args ?? []))) as SourceSections;
  send({ type: "start", total });
  for await (const section of sections) {
    let items: Detached[] = [];
    let offset = 0;
    const flush = async () => {
      await room();
      send({ type: "chunk", label: section.label, offset, items });
      sent++;
      offset += items.length;
      items = [];
    };
    for (const raw of section.items)
      for (const item of expandMce(raw)) {
        items.push(detach(item));
        if (items.length >= chunk) await flush();
      }
    if (items.length) await flush();
  }
  send({ type: "done" });
}

run().catch((e: unknown) => {
  const error = e instanceof Error ? e : new Error(String(e));
  send({ type: "error", error: { name: error.name, message: error.message, stack: error.stack } });
});
