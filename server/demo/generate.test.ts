import { describe, expect, it } from "vitest";
import { generateCatalog, mulberry32, type Proposal } from "./generate";

function take<T>(it: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const x of it) {
    out.push(x);
    if (out.length >= n) break;
  }
  return out;
}

const URN = /^urn:li:[A-Za-z]+:/;

/** Every urn an aspect of `p` points at, by the field it comes from. */
function references(p: Proposal): Array<{ field: string; urn: string }> {
  const v = p.aspect.json as Record<string, unknown>;
  const out: Array<{ field: string; urn: string }> = [];
  const list = (field: string, xs: unknown) => {
    if (Array.isArray(xs)) for (const x of xs) if (typeof x === "string") out.push({ field, urn: x });
  };
  const edges = (field: string, xs: unknown) => {
    if (Array.isArray(xs)) for (const e of xs) out.push({ field, urn: String((e as { destinationUrn?: unknown }).destinationUrn) });
  };
  switch (p.aspectName) {
    case "mlModelProperties":
      list("trainingJobs", v.trainingJobs);
      list("groups", v.groups);
      list("mlFeatures", v.mlFeatures);
      break;
    case "mlModelGroupProperties":
      list("trainingJobs", v.trainingJobs);
      break;
    case "dataProcessInstanceInput":
      edges("inputEdges", v.inputEdges);
      break;
    case "dataProcessInstanceOutput":
      edges("outputEdges", v.outputEdges);
      break;
    case "mlFeatureProperties":
    case "mlPrimaryKeyProperties":
      list("sources", v.sources);
      break;
    case "mlFeatureTableProperties":
      list("mlFeatures", v.mlFeatures);
      list("mlPrimaryKeys", v.mlPrimaryKeys);
      break;
    case "container":
      out.push({ field: "container", urn: String(v.container) });
      break;
    case "upstreamLineage":
      for (const u of (v.upstreams as Array<{ dataset: string }>) ?? []) out.push({ field: "upstreams", urn: u.dataset });
      break;
    case "globalTags":
      for (const t of (v.tags as Array<{ tag: string }>) ?? []) out.push({ field: "tags", urn: t.tag });
      break;
    case "glossaryTerms":
      for (const t of (v.terms as Array<{ urn: string }>) ?? []) out.push({ field: "terms", urn: t.urn });
      break;
    case "ownership":
      for (const o of (v.owners as Array<{ owner: string }>) ?? []) out.push({ field: "owners", urn: o.owner });
      break;
  }
  return out;
}

describe("mulberry32", () => {
  it("is deterministic and stays in [0, 1)", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe("generateCatalog", () => {
  it("is deterministic: the same seed gives the same first 500 proposals", () => {
    const a = take(generateCatalog({ entities: 5000, seed: 42 }), 500);
    const b = take(generateCatalog({ entities: 5000, seed: 42 }), 500);
    expect(a).toHaveLength(500);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = take(generateCatalog({ entities: 5000, seed: 43 }), 500);
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("honours the entity count", () => {
    for (const entities of [2000, 1, 4, 5, 37, 399, 400, 1234]) {
      const urns = new Set<string>();
      for (const p of generateCatalog({ entities, seed: 7 })) urns.add(p.entityUrn);
      expect(Math.abs(urns.size - entities), `entities=${entities}`).toBeLessThanOrEqual(Math.ceil(entities * 0.01));
    }
    expect(take(generateCatalog({ entities: 0 }), 1)).toEqual([]);
  });

  it("emits well-formed proposals and urns", () => {
    for (const p of generateCatalog({ entities: 2000, seed: 3 })) {
      expect(p.entityUrn).toMatch(URN);
      expect(p.entityUrn.startsWith(`urn:li:${p.entityType}:`)).toBe(true);
      expect(p.changeType).toBe("UPSERT");
      expect(typeof p.aspectName).toBe("string");
      expect(p.aspect.json).toBeTypeOf("object");
      for (const r of references(p)) expect(r.urn, `${p.entityUrn} ${p.aspectName}.${r.field}`).toMatch(URN);
      if (p.aspectName === "dataProcessInstanceRunEvent") expect(p.aspect.json.timestampMillis).toBeTypeOf("number");
    }
  });

  it("only references entities it also emits", () => {
    const emitted = new Set<string>();
    const refs: Array<{ from: string; field: string; urn: string }> = [];
    for (const p of generateCatalog({ entities: 2000, seed: 11 })) {
      emitted.add(p.entityUrn);
      for (const r of references(p)) refs.push({ from: `${p.entityUrn} ${p.aspectName}`, ...r });
    }
    const checked = new Set([
      "trainingJobs",
      "groups",
      "mlFeatures",
      "mlPrimaryKeys",
      "inputEdges",
      "outputEdges",
      "sources",
      "container",
      "upstreams",
      "tags",
      "terms",
      "owners",
    ]);
    const dangling = refs.filter((r) => checked.has(r.field) && !emitted.has(r.urn));
    expect(dangling.slice(0, 5)).toEqual([]);
    // every kind of reference actually occurs
    const fields = new Set(refs.map((r) => r.field));
    for (const f of checked) expect(fields, f).toContain(f);
  });

  it("has the expected shape of an ML catalog", () => {
    const byType = new Map<string, Set<string>>();
    const subTypes = new Map<string, string>();
    const results = { SUCCESS: 0, FAILURE: 0 };
    const hyper: number[] = [];
    const metrics: number[] = [];
    const runsPerExperiment = new Map<string, number>();
    const aliases = new Set<string>();
    for (const p of generateCatalog({ entities: 4000, seed: 5 })) {
      const set = byType.get(p.entityType) ?? new Set<string>();
      set.add(p.entityUrn);
      byType.set(p.entityType, set);
      const v = p.aspect.json as Record<string, unknown>;
      if (p.aspectName === "subTypes") subTypes.set(p.entityUrn, (v.typeNames as string[])[0]);
      if (p.aspectName === "dataProcessInstanceRunEvent" && v.status === "COMPLETE") results[(v.result as { type: "SUCCESS" | "FAILURE" }).type]++;
      if (p.aspectName === "mlTrainingRunProperties") {
        hyper.push((v.hyperParams as unknown[]).length);
        metrics.push((v.trainingMetrics as unknown[]).length);
      }
      if (p.aspectName === "container" && p.entityType === "dataProcessInstance") {
        const c = v.container as string;
        runsPerExperiment.set(c, (runsPerExperiment.get(c) ?? 0) + 1);
      }
      if (p.aspectName === "versionProperties") for (const a of v.aliases as Array<{ versionTag: string }>) aliases.add(a.versionTag);
    }
    for (const t of ["dataset", "container", "dataProcessInstance", "mlModelGroup", "mlModel", "mlFeatureTable", "mlFeature", "mlPrimaryKey"])
      expect(byType.get(t)?.size ?? 0, t).toBeGreaterThan(0);
    for (const urn of byType.get("container")!) expect(subTypes.get(urn)).toBe("ML Experiment");
    for (const urn of byType.get("dataProcessInstance")!) expect(subTypes.get(urn)).toBe("ML Training Run");
    const failureRate = results.FAILURE / (results.SUCCESS + results.FAILURE);
    expect(failureRate).toBeGreaterThan(0.08);
    expect(failureRate).toBeLessThan(0.22);
    expect(Math.min(...hyper)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...hyper)).toBeLessThanOrEqual(12);
    expect(Math.min(...metrics)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...metrics)).toBeLessThanOrEqual(10);
    // all experiments but possibly the last (shrunk to fit the entity budget) have 10–60 runs
    const counts = [...runsPerExperiment.values()].slice(0, -1);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...counts)).toBeLessThanOrEqual(60);
    expect([...aliases].sort()).toEqual(["challenger", "champion"]);
  });

  it("streams: the first proposals of a million-entity catalog come at once", () => {
    const t0 = performance.now();
    const first = take(generateCatalog({ entities: 1_000_000, seed: 1 }), 1000);
    expect(first).toHaveLength(1000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
