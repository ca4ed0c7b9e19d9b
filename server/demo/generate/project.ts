/** A project's data: its datasets (with schemas and lineage) and its feature table; then its training (training.ts). Also the filler datasets. */
import {
  datasetName,
  DATA_PLATFORMS,
  FEATURE_STORE,
  featureDataType,
  featureKind,
  GENERIC_COLUMNS,
  ML_PLATFORMS,
  NATIVE_TYPES,
  SCHEMA_TYPES,
  type FieldKind,
} from "./platforms";
import type { Plan, Ring } from "./plan";
import { USER_URNS, TAG_URNS } from "./pools";
import { DAY, EPOCH, globalTags, glossaryTerms, HISTORY_DAYS, HOUR, ownership, proposal, titleCase, type Ctx, type Json } from "./proposal";
import { hex32 } from "./rng";
import { THEMES, type Theme } from "./themes";
import { trainingProposals } from "./training";
import type { Proposal } from "./types";

export function* projectProposals(ctx: Ctx, n: number, theme: Theme, plan: Plan, ring: Ring): Generator<Proposal> {
  const { rng } = ctx;
  const mlPlatform = rng.pick(ML_PLATFORMS);
  const dataPlatform = rng.pick(DATA_PLATFORMS);
  const team = rng.sample(USER_URNS, 4);
  const teamActor = team[0];
  const start = EPOCH + rng.int(0, HISTORY_DAYS - 120) * DAY + rng.int(0, 23) * HOUR;
  const teamTag = rng.sample(theme.tags, rng.int(0, 2)).map((t) => `urn:li:tag:${t}`);

  // ---- datasets: the last one (when there are ≥ 2) is where predictions are written -----------
  const bases = theme.datasets.slice(0, 1).concat(rng.sample(theme.datasets.slice(1, -1), Math.max(0, plan.datasets - 2)));
  if (plan.datasets >= 2) bases.push(theme.datasets[theme.datasets.length - 1]);
  const datasetUrns: string[] = [];
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i];
    const platform = i === 0 && dataPlatform !== "s3" && rng.chance(0.3) ? "s3" : dataPlatform;
    const urn = `urn:li:dataset:(urn:li:dataPlatform:${platform},${datasetName(platform, base, n, theme.team)},PROD)`;
    const created = start - rng.int(30, 400) * DAY;
    const isOutput = plan.datasets >= 2 && i === bases.length - 1;
    const raw = i === 0 || (!isOutput && i < 2 && rng.chance(0.5));
    yield proposal(ctx, "dataset", urn, "datasetProperties", {
      customProperties: {
        owner_team: theme.team,
        refresh: raw ? rng.pick(["hourly", "daily", "streaming"]) : rng.pick(["daily", "weekly"]),
        row_count: String(rng.int(10, 900) * 10 ** rng.int(3, 6)),
        source: raw ? rng.pick(["kafka", "fivetran", "airbyte", "app-db-cdc"]) : "dbt",
      },
      name: `${base}_${n}`,
      description: isOutput
        ? `${theme.title} model outputs: one row per entity and scoring run, written by the batch scorer.`
        : raw
          ? `Raw ${titleCase(base).toLowerCase()} landed from the source systems; ${theme.title.toLowerCase()} project.`
          : `${titleCase(base)} prepared for the ${theme.title.toLowerCase()} models (cleaned, deduplicated, joined).`,
      created: { time: created },
      lastModified: { time: created + rng.int(1, 30) * DAY },
      tags: [],
    });
    const fields: Json[] = [];
    const keyCols = theme.keys.slice(0, rng.int(1, theme.keys.length));
    const featureCols = rng.sample(theme.features, rng.int(1, theme.features.length));
    const cols: Array<readonly [string, FieldKind]> = [
      ...keyCols.map((k) => [k, "string"] as const),
      ...featureCols.map((f) => [f, featureKind(f)] as const),
      ...rng.sample(GENERIC_COLUMNS, 40),
    ];
    const fieldCount = rng.int(5, 40);
    for (const [fieldPath, kind] of cols.slice(0, fieldCount)) {
      fields.push({
        fieldPath,
        nullable: !keyCols.includes(fieldPath),
        type: { type: { [`com.linkedin.schema.${SCHEMA_TYPES[kind]}`]: {} } },
        nativeDataType: NATIVE_TYPES[platform][kind],
        recursive: false,
        isPartOfKey: keyCols.includes(fieldPath),
      });
    }
    yield proposal(ctx, "dataset", urn, "schemaMetadata", {
      schemaName: `${base}_${n}`,
      platform: `urn:li:dataPlatform:${platform}`,
      version: 0,
      created: { time: created, actor: teamActor },
      lastModified: { time: created, actor: teamActor },
      hash: hex32(urn).slice(0, 16),
      platformSchema: { "com.linkedin.schema.MySqlDDL": { tableSchema: "" } },
      fields,
    });
    yield proposal(ctx, "dataset", urn, "subTypes", { typeNames: [platform === "s3" ? "Folder" : raw ? "Table" : "View"] });
    yield proposal(ctx, "dataset", urn, "status", { removed: false });
    yield proposal(ctx, "dataset", urn, "ownership", ownership(ctx, team, created));
    const dsTags = [...teamTag.filter(() => rng.chance(0.5)), rng.pick(["urn:li:tag:batch", "urn:li:tag:realtime"])];
    if (rng.chance(0.7)) yield proposal(ctx, "dataset", urn, "globalTags", globalTags([...new Set(dsTags)]));
    if (rng.chance(0.5)) {
      const terms = isOutput ? ["urn:li:glossaryTerm:model_output"] : rng.sample(theme.terms, rng.int(1, 2)).map((t) => `urn:li:glossaryTerm:${t}`);
      yield proposal(ctx, "dataset", urn, "glossaryTerms", glossaryTerms(terms, created, teamActor));
    }
    if (!raw && i > 0) {
      const ups = rng.sample(datasetUrns, rng.int(1, Math.min(3, datasetUrns.length)));
      const cross = rng.chance(0.12) ? ring.pick(rng) : undefined;
      if (cross && !ups.includes(cross)) ups.push(cross);
      yield proposal(ctx, "dataset", urn, "upstreamLineage", {
        upstreams: ups.map((dataset) => ({
          auditStamp: { time: created, actor: "urn:li:corpuser:datahub" },
          dataset,
          type: "TRANSFORMED",
        })),
      });
    }
    datasetUrns.push(urn);
  }
  const outputDataset = plan.datasets >= 2 ? datasetUrns[datasetUrns.length - 1] : undefined;
  const inputDatasets = outputDataset ? datasetUrns.slice(0, -1) : datasetUrns;
  for (const urn of inputDatasets) ring.push(urn);

  // ---- feature table, features, primary keys -------------------------------------------------
  const featureUrns: string[] = [];
  if (plan.featureTable) {
    const tableName = `${theme.featureTable}_${n}`;
    const store = FEATURE_STORE[mlPlatform];
    const tableUrn = `urn:li:mlFeatureTable:(urn:li:dataPlatform:${store},${tableName})`;
    const pkUrns: string[] = [];
    for (const key of theme.keys.slice(0, plan.primaryKeys)) {
      const urn = `urn:li:mlPrimaryKey:(${tableName},${key})`;
      yield proposal(ctx, "mlPrimaryKey", urn, "mlPrimaryKeyProperties", {
        description: `${titleCase(key)}: the entity key of ${tableName}.`,
        dataType: "ORDINAL",
        sources: [inputDatasets[0]],
      });
      pkUrns.push(urn);
    }
    for (const feature of rng.sample(theme.features, plan.features)) {
      const urn = `urn:li:mlFeature:(${tableName},${feature})`;
      const kind = featureKind(feature);
      yield proposal(ctx, "mlFeature", urn, "mlFeatureProperties", {
        description: `${titleCase(feature)} (${kind === "boolean" ? "flag" : kind === "string" ? "category" : "numeric"}), computed from ${inputDatasets.length > 1 ? "the project's prepared data" : "the source table"}.`,
        dataType: featureDataType(feature, kind),
        sources: rng.sample(inputDatasets, rng.int(1, Math.min(2, inputDatasets.length))),
      });
      if (rng.chance(0.25)) yield proposal(ctx, "mlFeature", urn, "globalTags", globalTags([rng.pick(TAG_URNS)]));
      featureUrns.push(urn);
    }
    yield proposal(ctx, "mlFeatureTable", tableUrn, "mlFeatureTableProperties", {
      customProperties: { entity: theme.keys[0], online_store: rng.pick(["redis", "dynamodb", "bigtable"]), ttl_days: String(rng.pick([1, 7, 30, 90])) },
      description: `Features for ${theme.title.toLowerCase()} models, keyed by ${theme.keys.slice(0, plan.primaryKeys).join(" and ")}.`,
      mlFeatures: featureUrns,
      mlPrimaryKeys: pkUrns,
    });
    yield proposal(ctx, "mlFeatureTable", tableUrn, "ownership", ownership(ctx, team, start));
    yield proposal(ctx, "mlFeatureTable", tableUrn, "status", { removed: false });
  }

  yield* trainingProposals(ctx, n, theme, plan, { mlPlatform, team, teamActor, start, teamTag, inputDatasets, outputDataset, featureUrns });
}

/** `count` datasets with no ML around them (used to hit the entity count exactly). */
export function* fillerProposals(ctx: Ctx, n: number, count: number, ring: Ring): Generator<Proposal> {
  const { rng } = ctx;
  for (let i = 0; i < count; i++) {
    const theme = rng.pick(THEMES);
    const platform = rng.pick(DATA_PLATFORMS);
    const base = rng.pick(theme.datasets);
    const urn = `urn:li:dataset:(urn:li:dataPlatform:${platform},${datasetName(platform, `${base}_archive`, n * 100 + i, theme.team)},PROD)`;
    const created = EPOCH + rng.int(0, HISTORY_DAYS) * DAY;
    yield proposal(ctx, "dataset", urn, "datasetProperties", {
      customProperties: { owner_team: theme.team, retention_days: String(rng.pick([30, 90, 365])) },
      name: `${base}_archive_${n * 100 + i}`,
      description: `Archived snapshot of ${titleCase(base).toLowerCase()}.`,
      created: { time: created },
      tags: [],
    });
    yield proposal(ctx, "dataset", urn, "status", { removed: false });
    const up = ring.pick(rng);
    if (up)
      yield proposal(ctx, "dataset", urn, "upstreamLineage", {
        upstreams: [{ auditStamp: { time: created, actor: "urn:li:corpuser:datahub" }, dataset: up, type: "COPY" }],
      });
  }
}
