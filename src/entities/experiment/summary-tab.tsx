import { Link } from "@tanstack/react-router";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { EmptyNote } from "../../components/states";
import { urls } from "../../lib/urls";
import { containerLabel } from "../../lib/kinds";
import { AboutCard, CustomPropertiesCard, platformName } from "../shared/meta";
import { RelatedList } from "../shared/related-list";

export const ExperimentSummary = graphql(`
  fragment ExperimentSummary on Container {
    urn
    platform { ...PlatformFields }
    subTypes { typeNames }
    properties { description qualifiedName externalUrl customProperties { key value } }
    editableProperties { description }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
    glossaryTerms { ...TermsFields }
    recent: entities(input: { start: 0, count: 5 }) {
      total
      searchResults { entity { urn ...RelatedItem } }
    }
  }
`);

export function ExperimentSummaryTab({ experiment }: { experiment: FragmentType<typeof ExperimentSummary> }) {
  const c = getFragmentData(ExperimentSummary, experiment);
  const p = c.properties;
  const total = c.recent?.total ?? 0;
  // An MLflow experiment holds runs; a schema, catalog or project holds assets of any kind.
  const label = containerLabel(c.subTypes?.typeNames);
  const runs = label === "Experiment";
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <AboutCard
          urn={c.urn}
          description={c.editableProperties?.description || p?.description}
          ownership={c.ownership}
          globalTags={c.tags}
          glossaryTerms={c.glossaryTerms}
        />
        <CustomPropertiesCard urn={c.urn} entries={p?.customProperties} />
      </div>
      <div className="space-y-4">
        <Card title="Details">
          <Facts
            rows={[
              ["Kind", c.subTypes?.typeNames?.join(", ") || "Container"],
              ["Platform", platformName(c.platform) ?? "—"],
              ["Contains", `${total.toLocaleString("en-US")} ${total === 1 ? "asset" : "assets"}`],
              ...(p?.qualifiedName
                ? ([
                    [
                      "Qualified name",
                      <span key="qualified-name" className="font-mono text-xs break-all">
                        {p.qualifiedName}
                      </span>,
                    ],
                  ] as Array<[string, React.ReactNode]>)
                : []),
            ]}
          />
        </Card>
        <Card
          title={runs ? "Latest runs" : "Contents"}
          actions={
            total > 0 ? (
              <Link {...urls.entity("experiment", c.urn, "entities")} className="text-xs text-indigo-700 hover:underline dark:text-indigo-300">
                {runs ? "All runs →" : "All assets →"}
              </Link>
            ) : null
          }
        >
          <RelatedList
            items={(c.recent?.searchResults ?? []).map((r) => ({ entity: r.entity }))}
            empty={
              <EmptyNote>
                {runs ? "No runs yet. Runs appear here as they are logged to this experiment." : `Nothing is recorded in this ${label.toLowerCase()} yet.`}
              </EmptyNote>
            }
          />
        </Card>
      </div>
    </div>
  );
}
