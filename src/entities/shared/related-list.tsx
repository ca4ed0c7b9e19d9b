import type { ReactNode } from "react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import type { RelatedItemFragment } from "../../gql/graphql";
import { EntityLink } from "../../components/entity-link";
import { KindIcon } from "../../components/icons";
import { RunResult } from "../../components/badges";
import { KINDS, containerLabel, kindOfEntityType, kindOfUrn } from "../../lib/kinds";
import { formatTime, urnTail } from "../../lib/format";

/** Just enough of a related asset to name it and link to it. */
export const RelatedItem = graphql(`
  fragment RelatedItem on Entity {
    urn
    type
    ... on MLModel { name modelProperties: properties { name } versionProperties { version { versionTag } } }
    ... on MLModelGroup { name groupProperties: properties { name } }
    ... on Container { properties { name } subTypes { typeNames } }
    ... on DataProcessInstance {
      properties { name created { time } }
      relatedState: state(limit: 1) { status timestampMillis result { resultType } }
    }
    ... on Dataset { name properties { name } }
    ... on MLFeature { name featureNamespace }
    ... on MLFeatureTable { name }
    ... on MLPrimaryKey { name featureNamespace }
    ... on DataFlow { flowId flowProperties: properties { name } }
    ... on DataJob { jobId jobProperties: properties { name } }
  }
`);

export function relatedName(e: RelatedItemFragment): string {
  switch (e.__typename) {
    case "MLModel":
      return e.modelProperties?.name || e.name;
    case "MLModelGroup":
      return e.groupProperties?.name || e.name;
    case "Dataset":
      return e.properties?.name || e.name;
    case "Container":
    case "DataProcessInstance":
      return e.properties?.name || urnTail(e.urn);
    case "DataFlow":
      return e.flowProperties?.name || e.flowId;
    case "DataJob":
      return e.jobProperties?.name || e.jobId;
    case "MLFeature":
    case "MLFeatureTable":
    case "MLPrimaryKey":
      return e.name;
    default:
      return urnTail(e.urn);
  }
}

function detail(e: RelatedItemFragment): ReactNode {
  if (e.__typename === "DataProcessInstance") {
    const last = e.relatedState?.[0];
    return (
      <>
        {last?.result?.resultType ? <RunResult result={last.result.resultType} /> : last?.status === "STARTED" ? <RunResult result="RUNNING" /> : null}
        <span>{formatTime(last?.timestampMillis ?? e.properties?.created.time)}</span>
      </>
    );
  }
  if (e.__typename === "MLModel" && e.versionProperties?.version.versionTag) return <span>version {e.versionProperties.version.versionTag}</span>;
  if (e.__typename === "MLFeature" || e.__typename === "MLPrimaryKey") return <span>{e.featureNamespace}</span>;
  return null;
}

export function RelatedRow({ entity }: { entity: FragmentType<typeof RelatedItem> }) {
  const e = getFragmentData(RelatedItem, entity);
  const kind = kindOfEntityType(e.type);
  const name = relatedName(e);
  const label = e.__typename === "Container" ? containerLabel(e.subTypes?.typeNames) : kind ? KINDS[kind].label : e.type;
  return (
    <div className="flex min-w-0 items-start gap-2 py-1.5">
      <KindIcon kind={kind} container={e.__typename === "Container" && label !== KINDS.experiment.label} />
      <div className="min-w-0">
        <EntityLink urn={e.urn} kind={kind} kindLabel={label} name={name} className="block truncate text-sm font-medium" />
        <div className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
          <span>{label}</span>
          {detail(e) ? (
            <>
              <span aria-hidden>·</span>
              {detail(e)}
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** Related assets as a short list; falls back to bare URNs when the server resolved no entities. */
export function RelatedList({
  items,
  total,
  fallbackUrns,
  empty,
  more,
}: {
  items: ReadonlyArray<{ entity?: FragmentType<typeof RelatedItem> | null }>;
  total?: number | null;
  fallbackUrns?: ReadonlyArray<string> | null;
  empty: ReactNode;
  /** where the rest is, when `total` passes what is shown (default: the Lineage tab) */
  more?: ReactNode;
}) {
  const entities = items.flatMap((i) => (i.entity ? [i.entity] : []));
  if (entities.length === 0 && fallbackUrns?.length) {
    return (
      <ul className="space-y-1 text-sm">
        {fallbackUrns.map((u) => (
          <li key={u} className="truncate">
            <EntityLink urn={u} kind={kindOfUrn(u)} name={urnTail(u)} />
          </li>
        ))}
      </ul>
    );
  }
  if (entities.length === 0) return <>{empty}</>;
  return (
    <>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {entities.map((e, i) => (
          <li key={i}>
            <RelatedRow entity={e} />
          </li>
        ))}
      </ul>
      {total && total > entities.length ? (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          and {(total - entities.length).toLocaleString("en-US")} more {more ?? "(see the Lineage tab)"}
        </p>
      ) : null}
    </>
  );
}

/** The datasets a feature or primary key is computed from (`…Properties.sources`), as links. */
export function SourceDatasets({
  sources,
  empty,
}: {
  sources: ReadonlyArray<{ urn: string; name: string; properties?: { name?: string | null } | null }>;
  empty: ReactNode;
}) {
  if (sources.length === 0) return <>{empty}</>;
  return (
    <ul className="space-y-1 text-sm">
      {sources.map((s) => (
        <li key={s.urn} className="truncate">
          <EntityLink urn={s.urn} kind="dataset" name={s.properties?.name || s.name} />
        </li>
      ))}
    </ul>
  );
}
