import type { ReactNode } from "react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import type { EntityListItemFragment } from "../../gql/graphql";
import { containerLabel, kindOfEntityType, KINDS } from "../../lib/kinds";
import { platformLabel } from "../../lib/format";
import { EntityLink } from "../../components/entity-link";
import { KindIcon } from "../../components/icons";
import { Avatar } from "../../components/avatar";
import { Highlight } from "../../components/highlight";

export const EntityListItem = graphql(`
  fragment EntityListItem on Entity {
    urn
    type
    ... on MLModel {
      name
      platform { urn name properties { displayName } }
      modelProperties: properties { name description }
      versionProperties { version { versionTag } aliases { versionTag } }
    }
    ... on MLModelGroup {
      name
      platform { urn name properties { displayName } }
      groupProperties: properties { name description }
    }
    ... on Container {
      platform { urn name properties { displayName } }
      properties { name description }
      subTypes { typeNames }
    }
    ... on DataProcessInstance {
      runPlatform: platform { urn name properties { displayName } }
      properties { name }
      runState: state(limit: 1) { status timestampMillis result { resultType } }
    }
    ... on Dataset {
      name
      platform { urn name properties { displayName } }
      properties { name description }
    }
    ... on MLFeature {
      name
      featureNamespace
      properties { description }
    }
    ... on MLFeatureTable {
      name
      platform { urn name properties { displayName } }
      properties { description }
    }
    ... on MLPrimaryKey {
      name
      featureNamespace
    }
    ... on Tag {
      name
      tagProperties: properties { name description }
    }
    ... on GlossaryTerm {
      name
      termProperties: properties { name description }
    }
    ... on GlossaryNode {
      nodeProperties: properties { name description }
    }
    ... on CorpUser {
      username
      userProperties: properties { displayName fullName title }
      userEditable: editableProperties { displayName title }
    }
    ... on CorpGroup {
      name
      corpGroupProperties: properties { displayName description }
    }
    ... on DataFlow {
      flowId
      flowPlatform: platform { urn name properties { displayName } }
      flowProperties: properties { name description }
    }
    ... on DataJob {
      jobId
      jobProperties: properties { name description }
      dataFlow { urn platform { urn name properties { displayName } } }
    }
  }
`);

type Item = EntityListItemFragment;

/**
 * A deployment's platform and name, from its urn `urn:li:mlModelDeployment:(<platform urn>,<name>,<env>)`:
 * DataHub's schema has no deployment type, so the list's fragment (valid against it) selects none of its fields.
 */
export function deploymentKey(urn: string): { platform: string; name: string } | null {
  const m = /^urn:li:mlModelDeployment:\(urn:li:dataPlatform:([^,]+),(.+),([A-Z_]+)\)$/.exec(urn);
  return m ? { platform: m[1], name: m[2] } : null;
}

export function itemName(e: Item): string {
  switch (e.__typename) {
    case "Container":
    case "DataProcessInstance":
      return e.properties?.name || e.urn;
    case "Dataset":
      return e.properties?.name || e.name;
    case "MLModel":
      return e.modelProperties?.name || e.name;
    case "MLModelGroup":
      return e.groupProperties?.name || e.name;
    case "Tag":
      return e.tagProperties?.name || e.name;
    case "GlossaryTerm":
      return e.termProperties?.name || e.name;
    case "CorpUser":
      return e.userEditable?.displayName || e.userProperties?.displayName || e.userProperties?.fullName || e.username;
    case "CorpGroup":
      return e.corpGroupProperties?.displayName || e.name;
    case "DataFlow":
      return e.flowProperties?.name || e.flowId;
    case "DataJob":
      return e.jobProperties?.name || e.jobId;
    case "GlossaryNode":
      return e.nodeProperties?.name || e.urn.replace(/^urn:li:glossaryNode:/, "");
    default:
      if (kindOfEntityType(e.type) === "deployment") return deploymentKey(e.urn)?.name ?? e.urn;
      return "name" in e && e.name ? e.name : e.urn;
  }
}

export function itemDescription(e: Item): string | null {
  if (e.__typename === "MLModel") return e.modelProperties?.description ?? null;
  if (e.__typename === "MLModelGroup") return e.groupProperties?.description ?? null;
  if (e.__typename === "Tag") return e.tagProperties?.description ?? null;
  if (e.__typename === "GlossaryTerm") return e.termProperties?.description ?? null;
  if (e.__typename === "CorpGroup") return e.corpGroupProperties?.description ?? null;
  if (e.__typename === "DataFlow") return e.flowProperties?.description ?? null;
  if (e.__typename === "DataJob") return e.jobProperties?.description ?? null;
  if (e.__typename === "GlossaryNode") return e.nodeProperties?.description ?? null;
  return ("properties" in e && e.properties && "description" in e.properties ? e.properties.description : null) ?? null;
}

export function itemPlatform(e: Item): string | null {
  if (e.__typename === "DataProcessInstance") return e.runPlatform ? platformLabel(e.runPlatform) : null;
  if (e.__typename === "DataFlow") return platformLabel(e.flowPlatform);
  if (e.__typename === "DataJob") return e.dataFlow ? platformLabel(e.dataFlow.platform) : null;
  if (kindOfEntityType(e.type) === "deployment") return deploymentKey(e.urn)?.platform ?? null;
  return "platform" in e && e.platform ? platformLabel(e.platform) : null;
}

export function itemDetail(e: Item): string | null {
  if (e.__typename === "MLModel" && e.versionProperties?.version.versionTag) return `version ${e.versionProperties.version.versionTag}`;
  if (e.__typename === "MLFeature" || e.__typename === "MLPrimaryKey") return e.featureNamespace;
  if (e.__typename === "CorpUser") return e.userEditable?.title || e.userProperties?.title || null;
  if (e.__typename === "DataProcessInstance") {
    const last = e.runState?.[0];
    return last ? (last.result?.resultType?.toLowerCase() ?? (last.status === "STARTED" ? "running" : null)) : null;
  }
  return null;
}

/** What the item is: its kind's label, a container's subtype ("Schema", "Project", "Experiment"). */
export function itemKindLabel(e: Item): string {
  if (e.__typename === "Container") return containerLabel(e.subTypes?.typeNames);
  const kind = kindOfEntityType(e.type);
  return kind ? KINDS[kind].label : e.type;
}

/** The first line of a (markdown) description, as plain text. */
function firstLine(text: string): string {
  const line = text.split(/\n\s*\n|\n(?=#)/)[0] ?? "";
  return line
    .replace(/^\s*(#+|>)\s*/gm, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|`)(.+?)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}

/** One asset in a list: icon, name (query words highlighted), kind, platform, first line of the description. */
export function EntityListRow({
  entity,
  query,
  aside,
  children,
}: {
  entity: FragmentType<typeof EntityListItem>;
  query?: string;
  /** shown at the right (e.g. how it relates to the page's entity) */
  aside?: ReactNode;
  /** extra lines under the description (e.g. matched fields) */
  children?: ReactNode;
}) {
  const e = getFragmentData(EntityListItem, entity);
  const kind = kindOfEntityType(e.type);
  const description = itemDescription(e);
  const platform = itemPlatform(e);
  const detail = itemDetail(e);
  const name = itemName(e);
  return (
    <div className="flex min-w-0 items-start gap-3 py-3">
      {kind === "user" || kind === "group" ? (
        <Avatar urn={e.urn} name={name} square={kind === "group"} />
      ) : (
        <KindIcon kind={kind} container={itemKindLabel(e) !== KINDS.experiment.label} />
      )}
      <div className="min-w-0 flex-1">
        <div className="flex min-w-0 items-baseline gap-2">
          <EntityLink urn={e.urn} kind={kind} name={name} className="truncate font-medium">
            <Highlight text={name} query={query} />
          </EntityLink>
          {aside ? <span className="ml-auto shrink-0 text-xs text-slate-600 dark:text-slate-400">{aside}</span> : null}
        </div>
        <p className="truncate text-xs text-slate-600 dark:text-slate-400">{[itemKindLabel(e), platform, detail].filter(Boolean).join(" · ")}</p>
        {description ? (
          <p className="mt-0.5 truncate text-sm text-slate-700 dark:text-slate-300" title={firstLine(description)}>
            <Highlight text={firstLine(description)} query={query} />
          </p>
        ) : null}
        {children}
      </div>
    </div>
  );
}
