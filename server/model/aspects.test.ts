import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { validateAspect, ENTITY_ASPECTS, aspectSchema } from "./aspects/index";
import { expandMce } from "../ingest/proposals";
import { readDataHubAspect } from "../ingest/datahub-json";
import { notStoredHere } from "../ingest/scope";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const dir = path.resolve("test/fixtures/datahub-golden");

describe("aspect schemas", () => {
  it("accept every aspect of every DataHub golden file that this catalog stores, once read as DataHub reads it", () => {
    let n = 0;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json"))) {
      for (const p of JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")).flatMap(expandMce)) {
        if (notStoredHere(p.entityUrn, p.aspectName)) continue;
        const r = validateAspect(p.entityUrn, p.aspectName, readDataHubAspect(p.aspectName, p.aspect.json));
        expect(r, `${f}: ${p.entityUrn} ${p.aspectName}`).toMatchObject({ ok: true });
        n++;
      }
    }
    expect(n).toBeGreaterThan(500);
  });

  it("accept every aspect the tutorial's client emits", () => {
    const proposals = JSON.parse(fs.readFileSync("server/demo/tutorial/proposals.json", "utf8"));
    for (const p of proposals)
      expect(validateAspect(p.entityUrn, p.aspectName, JSON.parse(p.aspect.value)), `${p.entityUrn} ${p.aspectName}`).toMatchObject({ ok: true });
  });

  it("name the urn, the aspect and the dotted path of a wrong nested field", () => {
    const r = validateAspect(MODEL, "mlModelProperties", { hyperParams: [{ name: "lr", value: "0.1" }, { name: 7 }] });
    expect(r).toMatchObject({ ok: false, field: "hyperParams.1.name" });
    if (!r.ok) expect(r.error).toMatch(/^urn:li:mlModel:\(.*\) mlModelProperties\.hyperParams\.1\.name: /);
  });

  it("reject an unknown aspect, or one the entity type does not have, listing the accepted ones", () => {
    const unknown = validateAspect(MODEL, "bogusAspect", {});
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatch(/aspect 'bogusAspect' is not supported for entity type 'mlModel' \(supported: .*mlModelProperties/);
    const wrong = validateAspect(MODEL, "schemaMetadata", {});
    expect(wrong.ok).toBe(false);
  });

  it("reject a bad urn inside an aspect, and urns of the wrong kind", () => {
    const bad = validateAspect(MODEL, "mlModelProperties", { trainingJobs: ["not-a-urn"] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/trainingJobs\.0: invalid urn/);
    const kind = validateAspect(MODEL, "mlModelProperties", { groups: ["urn:li:tag:x"] });
    if (!kind.ok) expect(kind.error).toMatch(/expected a mlModelGroup urn, got a tag urn/);
    expect(kind.ok).toBe(false);
  });

  it("reject oversized values with a clear limit", () => {
    const r = validateAspect(MODEL, "mlModelProperties", { description: "x".repeat(1_000_001) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/description: must be at most 1000000 characters/);
  });

  it("reject non-object values and invalid urns of the entity itself", () => {
    expect(validateAspect(MODEL, "status", [true])).toMatchObject({ ok: false });
    expect(validateAspect("urn:li:nope:x", "status", { removed: false })).toMatchObject({ ok: false });
  });

  it("keep fields DataHub may add later", () => {
    const r = validateAspect(MODEL, "mlModelProperties", { name: "m", someFutureField: { a: 1 } });
    expect(r).toEqual({ ok: true, value: { name: "m", someFutureField: { a: 1 } } });
  });

  it("declare a schema for every aspect an entity accepts", () => {
    for (const [type, list] of Object.entries(ENTITY_ASPECTS)) for (const a of list) expect(aspectSchema(a), `${type}.${a}`).toBeDefined();
  });
});
