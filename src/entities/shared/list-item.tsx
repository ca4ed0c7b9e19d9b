import { graphql, getFragmentData, type FragmentType } from "../gql";
import type { EntityListItemFragment as EntityListItemFragmentData } from "../gql/graphql";
import { kindOfEntityType, KINDS } from "../lib/kinds";
import { platformLabel } from "../lib/format";
import { EntityLink, KindIcon } from "../components/entity-link";
import { Highlight } from "../components/highlight";

export const EntityListItemFragment = graphql(`
  fragment EntityListItem on Entity {
    urn
    type
    ... on MLModel {
      name
      platform { name properties { displayName } }
      properties { description }
      versionProperties { version { versionTag } aliases { versionTag } }
    }
    ... on MLModelGroup {
      name
      platform { name properties { displayName } }
      properties { description }
    }
    ... on Container {
      platform { name properties { displayName } }
      properties { name description }
    }
    ... on DataProcessInstance {
      runPlatform: platform { name properties { displayName } }
      properties { name }
    }
    ... on Dataset {
      name
      platform { name properties { displayName } }
      properties { name description }
    }
    ... on MLFeature {
      name
      featureNamespace
      properties { description }
    }
    ... on MLFeatureTable {
      name
      platform { name properties { displayName } }
      properties { description }
    }
    ... on MLPrimaryKey {
      name
      featureNamespace
    }
    ... on Tag {
      name
    }
    ... on GlossaryTerm {
      name
    }
    ... on CorpUser {
      username
    }
  }
`);

type Item = EntityListItemFragmentData;

export function itemName(e: Item): string {
  switch (e.__typename) {
    case "Container":
    case "DataProcessInstance":
      return e.properties?.name || e.urn;
    case "Dataset":
      return e.properties?.name || e.name;
    case "CorpUser":
      return e.username;
    default:
      return "name" in e && e.name ? e.name : e.urn;
  }
}

function itemDescription(e: Item): string | null {
  return ("properties" in e && e.properties && "description" in e.properties ? e.properties.description : null) ?? null;
}

function itemPlatform(e: Item): string | null {
  if (e.__typename === "DataProcessInstance") return e.runPlatform ? platformLabel(e.runPlatform) : null;
  return "platform" in e && e.platform ? platformLabel(e.platform) : null;
}

/** One asset in a list: icon, name (highlighted), kind, platform, first line of the description. */
export function EntityListRow({ entity, query }: { entity: FragmentType<typeof EntityListItemFragment>; query?: string }) {
  const e = getFragmentData(EntityListItemFragment, entity);
  const kind = kindOfEntityType(e.type);
  const description = itemDescription(e);
  const platform = itemPlatform(e);
  return (
    <div className="flex min-w-0 items-start gap-3 py-3">
      <KindIcon kind={kind} />
      <div className="min-w-0 flex-1">
        <div className="flex min-w-0 items-baseline gap-2">
          <EntityLink urn={e.urn} kind={kind} className="truncate font-medium">
            <Highlight text={itemName(e)} query={query} />
          </EntityLink>
        </div>
        <p className="truncate text-xs text-slate-600 dark:text-slate-400">
          {kind ? KINDS[kind].label : e.type}
          {platform ? ` · ${platform}` : ""}
          {e.__typename === "MLModel" && e.versionProperties ? ` · version ${e.versionProperties.version.versionTag ?? "?"}` : ""}
        </p>
        {description ? (
          <p className="mt-0.5 truncate text-sm text-slate-700 dark:text-slate-300" title={description}>
            <Highlight text={description} query={query} />
          </p>
        ) : null}
      </div>
    </div>
  );
}
