/**
 * A big experiment for the comparison benchmark: `runs` training runs, each with `params`
 * parameters, `metrics` metrics (last values) and each metric's history of `steps` points, as
 * DataHub MCPs plus Orrery's `orreryMetricHistory`. Seeded, so every run of the bench compares the
 * same data.
 */
import { Rng } from "../server/demo/generate";

export interface CompareCatalog {
  experiment: string;
  runs: string[];
  proposals: unknown[];
}

const mcp = (entityUrn: string, aspectName: string, json: unknown) => ({
  entityType: entityUrn.split(":")[2],
  entityUrn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
});

export function compareCatalog({ runs = 100, params = 20, metrics = 50, steps = 100, seed = 7 } = {}): CompareCatalog {
  const rng = new Rng(seed);
  const experiment = "urn:li:container:compare_bench_experiment";
  const proposals: unknown[] = [
    mcp(experiment, "containerProperties", { name: "compare_bench_experiment", description: `${runs} runs × ${metrics} metrics` }),
    mcp(experiment, "subTypes", { typeNames: ["ML Experiment"] }),
  ];
  const urns: string[] = [];
  const t0 = 1_735_689_600_000;
  for (let r = 0; r < runs; r++) {
    const urn = `urn:li:dataProcessInstance:compare_bench_run_${r}`;
    urns.push(urn);
    const history = Array.from({ length: metrics }, (_, m) => {
      const start = 1 + rng.float();
      const end = rng.float() * 0.5;
      const points = Array.from({ length: steps }, (_, s) => ({
        step: s,
        timestampMillis: t0 + r * 3_600_000 + s * 1_000,
        value: Number((end + (start - end) * Math.exp((-4 * s) / steps) + (rng.float() - 0.5) * 0.02).toFixed(5)),
      }));
      return { name: `metric_${String(m).padStart(2, "0")}`, points, totalPoints: steps };
    });
    proposals.push(
      mcp(urn, "dataProcessInstanceProperties", { name: `compare_bench_run_${r}`, created: { time: t0 + r * 3_600_000, actor: "urn:li:corpuser:bench" } }),
      mcp(urn, "container", { container: experiment }),
      mcp(urn, "subTypes", { typeNames: ["ML Training Run"] }),
      mcp(urn, "mlTrainingRunProperties", {
        id: `run-${r}`,
        hyperParams: Array.from({ length: params }, (_, p) => ({
          name: `param_${String(p).padStart(2, "0")}`,
          value: String(p % 3 === 0 ? 42 : Math.round(rng.float() * 1000) / 1000),
        })),
        trainingMetrics: history.map((h) => ({ name: h.name, value: String(h.points[h.points.length - 1]!.value) })),
      }),
      mcp(urn, "orreryMetricHistory", { metrics: history }),
    );
  }
  return { experiment, runs: urns, proposals };
}
