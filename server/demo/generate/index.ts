/**
 * Deterministic synthetic ML catalog, as a stream of DataHub MetadataChangeProposals in the
 * golden-file form (`aspect.json`). Used by the benchmarks and by the demo catalog.
 *
 * The catalog is built from "projects": each one has a few datasets (with schemas and upstream
 * lineage), a feature table with features and primary keys derived from those datasets, one
 * experiment with 10–60 training runs, and one or two model groups with 1–8 model versions, each
 * trained by one of the experiment's successful runs. Everything is drawn from a seeded PRNG, so the
 * same options always give the same proposals, and nothing is kept beyond the current project (plus a
 * small ring of recent datasets for cross-project lineage), so a million entities stream in constant
 * memory.
 *
 * Guarantees (checked by ../generate.test.ts):
 * - `entities` is the exact number of distinct `entityUrn`s emitted;
 * - every urn an aspect points at (container, trainingJobs, groups, mlFeatures, input/output edges,
 *   feature sources, upstream datasets, feature-table members) is an entity that is also emitted.
 *   (Tags, glossary terms and owners come from small pools that are emitted first when the catalog
 *   has room for them, i.e. for 400 entities or more.)
 *
 * The parts: rng.ts (the seeded randomness), themes.ts, pools.ts, platforms.ts and families.ts (what
 * the catalog is drawn from), proposal.ts (the proposal form and its common aspects), plan.ts (a
 * project's size), project.ts (a project's data and features, and the filler datasets) and
 * training.ts (its experiment, runs, model groups and versions).
 */
import { POOL_MIN_ENTITIES, POOL_SIZE, poolProposals } from "./pools";
import { MIN_PROJECT, Ring, fitPlan, makePlan, planSize } from "./plan";
import { fillerProposals, projectProposals } from "./project";
import type { Ctx } from "./proposal";
import { Rng } from "./rng";
import { THEMES } from "./themes";
import type { GenerateOptions, Proposal } from "./types";

export type { EntityType, GenerateOptions, Proposal } from "./types";
export { Rng, mulberry32 } from "./rng";

/**
 * Yields the proposals of a synthetic catalog of exactly `opts.entities` entities. Lazy: nothing is
 * generated before it is asked for, and memory use does not grow with the catalog.
 */
export function* generateCatalog(opts: GenerateOptions): Generator<Proposal> {
  const total = Math.max(0, Math.floor(opts.entities));
  const ctx: Ctx = { rng: new Rng(opts.seed ?? 1), seq: 0 };
  const ring = new Ring(64);
  let remaining = total;
  if (total >= POOL_MIN_ENTITIES) {
    yield* poolProposals(ctx);
    remaining -= POOL_SIZE;
  }
  let project = 0;
  while (remaining >= MIN_PROJECT) {
    project++;
    const theme = ctx.rng.pick(THEMES);
    const plan = fitPlan(makePlan(ctx.rng, theme), remaining);
    remaining -= planSize(plan);
    yield* projectProposals(ctx, project, theme, plan, ring);
  }
  if (remaining > 0) yield* fillerProposals(ctx, project + 1, remaining, ring);
}
