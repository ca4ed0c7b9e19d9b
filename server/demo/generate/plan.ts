/** A project's plan: how many entities of each kind, shrunk to fit what is left of the catalog. */
import type { Rng } from "./rng";
import type { Theme } from "./themes";

export interface Plan {
  datasets: number;
  featureTable: boolean;
  features: number;
  primaryKeys: number;
  runs: number;
  /** number of versions, per model group */
  versions: number[];
}

export function planSize(p: Plan): number {
  return p.datasets + (p.featureTable ? 1 + p.features + p.primaryKeys : 0) + 1 + p.runs + p.versions.reduce((sum, v) => sum + 1 + v, 0);
}

/** the smallest project: one dataset, an experiment with one run, one group with one version */
export const MIN_PROJECT = 5;

export function makePlan(rng: Rng, theme: Theme): Plan {
  const groups = rng.chance(0.35) ? 2 : 1;
  return {
    datasets: rng.int(3, Math.min(8, theme.datasets.length)),
    featureTable: rng.chance(0.8),
    features: rng.int(4, Math.min(12, theme.features.length)),
    primaryKeys: rng.int(1, theme.keys.length),
    runs: rng.int(10, 60),
    versions: Array.from({ length: groups }, () => rng.int(1, 8)),
  };
}

/** Shrinks a plan so it fits in `budget` entities (budget >= MIN_PROJECT). */
export function fitPlan(p: Plan, budget: number): Plan {
  const q: Plan = { ...p, versions: p.versions.slice() };
  const fixed = () => planSize(q) - q.runs;
  if (fixed() + 1 > budget) q.featureTable = false;
  while (fixed() + 1 > budget && q.versions.length > 1) q.versions.pop();
  while (fixed() + 1 > budget && q.versions[0] > 1) q.versions[0]--;
  while (fixed() + 1 > budget && q.datasets > 1) q.datasets--;
  q.runs = Math.max(1, Math.min(q.runs, budget - fixed()));
  return q;
}

/** recent datasets of earlier projects, for cross-project lineage */
export class Ring {
  private readonly items: string[] = [];
  private next = 0;
  constructor(private readonly size: number) {}
  push(urn: string): void {
    if (this.items.length < this.size) this.items.push(urn);
    else this.items[this.next] = urn;
    this.next = (this.next + 1) % this.size;
  }
  pick(rng: Rng): string | undefined {
    return this.items.length ? rng.pick(this.items) : undefined;
  }
}
