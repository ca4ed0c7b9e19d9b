/**
 * The web app's copy of MLflow's run search syntax (for its within-page filter when the server lacks
 * the `orreryRuns` extension) must be the server's, byte for byte: one grammar, tested once
 * (server/model/run-filter.test.ts). Copy the file again after changing it.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";

describe("src/lib/run-filter.ts", () => {
  it("is a verbatim copy of server/model/run-filter.ts", () => {
    const server = fs.readFileSync(new URL("../../server/model/run-filter.ts", import.meta.url), "utf8");
    const web = fs.readFileSync(new URL("./run-filter.ts", import.meta.url), "utf8");
    expect(web === server, "src/lib/run-filter.ts differs from server/model/run-filter.ts: copy it again").toBe(true);
  });
});
