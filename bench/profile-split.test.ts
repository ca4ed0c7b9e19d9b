import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { split } from "./profile-split";
import { Client, MIX, mixOf } from "./load-mix";

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0, scriptId: "0" });

describe("profile-split", () => {
  it("counts each sample's self time for its frame's stage, a native frame for its name or its caller's stage", () => {
    // root → execute (graphql-js) → getCurrentAspects (store) → all (native, better-sqlite3's)
    //      → processRequest (yoga) → parse (V8's JSON.parse, native)
    const nodes = [
      { id: 1, callFrame: frame("(root)", ""), children: [2, 5, 7] },
      { id: 2, callFrame: frame("execute", "file:///app/node_modules/graphql/execution/execute.js"), children: [3] },
      { id: 3, callFrame: frame("getCurrentAspects", "file:///app/server/store/aspects.ts"), children: [4] },
      { id: 4, callFrame: frame("all", "") },
      { id: 5, callFrame: frame("processRequest", "file:///app/node_modules/graphql-yoga/esm/process-request.js"), children: [6] },
      { id: 6, callFrame: frame("parse", "") },
      { id: 7, callFrame: frame("(idle)", "") },
    ];
    const samples = [4, 4, 4, 2, 6, 7, 7];
    const timeDeltas = [1000, 1000, 1000, 500, 2000, 4000, 4000];
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "profile-split-")), "a.cpuprofile");
    fs.writeFileSync(file, JSON.stringify({ nodes, samples, timeDeltas, startTime: 0, endTime: 13_500 }));
    const s = split(file);
    expect(s.totalMs).toBeCloseTo(13.5);
    expect(s.stages).toEqual({ "SQLite + store": 3, "execute: graphql-js": 0.5, "JSON.parse": 2, idle: 8 });
    expect(s.topFunctions[0]).toEqual({ fn: "(idle) :1 [idle]", ms: 8 });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe("the load mix", () => {
  it("keeps the kinds named, their shares in proportion and summing to one, and refuses an unknown kind", () => {
    expect(mixOf(null)).toBe(MIX);
    const m = mixOf(["entity", "search"]);
    expect(m.entity).toBeCloseTo(MIX.entity / (MIX.entity + MIX.search));
    expect(m.search).toBeCloseTo(MIX.search / (MIX.entity + MIX.search));
    expect(m.tag + m.description + m.lineageGraph + m.searchAcrossLineage).toBe(0);
    expect(() => mixOf(["entity", "nonsense"])).toThrow(/unknown kind of operation nonsense/);
  });

  it("draws only the kinds of its mix", () => {
    const client = new Client(
      0,
      { pages: new Map(), lineageFoci: ["urn:li:dataset:(urn:li:dataPlatform:hive,a,PROD)"], targets: [[]] },
      7,
      mixOf(["search", "searchAcrossLineage"]),
    );
    const ops = new Set(Array.from({ length: 2000 }, () => client.next().op));
    expect([...ops].sort()).toEqual(["lineage.searchAcrossLineage", "search"]);
  });
});
