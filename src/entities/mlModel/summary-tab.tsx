import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { AliasBadge } from "../../components/badges";
import { EmptyNote } from "../../components/states";
import { formatTime } from "../../lib/format";
import { AboutCard, CustomPropertiesCard, ParamsTable } from "../shared/meta";
import { RelatedList } from "../shared/related-list";
import { ModelServingCard } from "./serving-card";
import { PropertiesCard } from "../shared/properties-card";

export const ModelSummary = graphql(`
  fragment ModelSummary on MLModel {
    urn
    properties {
      description
      version
      type
      created { time actor }
      lastModified { time }
      customProperties { key value }
      hyperParams { name value description }
      trainingMetrics { name value description }
      mlModelLineageInfo { trainingJobs downstreamJobs }
    }
    editableProperties { description }
    versionProperties { version { versionTag } aliases { versionTag } isLatest comment }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
    glossaryTerms { ...TermsFields }
    trainedBy: relationships(input: { types: ["TrainedBy"], direction: OUTGOING, start: 0, count: 10 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
    usedBy: relationships(input: { types: ["UsedBy"], direction: OUTGOING, start: 0, count: 10 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
  }
`);

export function ModelSummaryTab({ model }: { model: FragmentType<typeof ModelSummary> }) {
  const m = getFragmentData(ModelSummary, model);
  const p = m.properties;
  const version = m.versionProperties?.version.versionTag ?? p?.version;
  const aliases = (m.versionProperties?.aliases ?? []).flatMap((a) => (a.versionTag ? [a.versionTag] : []));
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <AboutCard
          urn={m.urn}
          description={m.editableProperties?.description || p?.description}
          ownership={m.ownership}
          globalTags={m.tags}
          glossaryTerms={m.glossaryTerms}
        />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Card title="Hyper-parameters">
            <ParamsTable caption="Hyper-parameters" params={p?.hyperParams} empty="None recorded for this model version." />
          </Card>
          <Card title="Training metrics">
            <ParamsTable caption="Training metrics" params={p?.trainingMetrics} empty="None recorded for this model version." />
          </Card>
        </div>
        <CustomPropertiesCard urn={m.urn} entries={p?.customProperties} />
      </div>
      <div className="space-y-4">
        <Card title="Version">
          <Facts
            rows={[
              ["Version", version ?? "—"],
              [
                "Aliases",
                aliases.length ? (
                  <span className="flex flex-wrap gap-1">
                    {aliases.map((a) => (
                      <AliasBadge key={a} alias={a} />
                    ))}
                  </span>
                ) : (
                  "none"
                ),
              ],
              ["Latest", m.versionProperties ? (m.versionProperties.isLatest ? "yes" : "no") : "—"],
              ["Algorithm", p?.type ?? "—"],
              ["Created", formatTime(p?.created?.time)],
              ["Modified", formatTime(p?.lastModified?.time)],
              ...(m.versionProperties?.comment ? ([["Note", m.versionProperties.comment]] as Array<[string, string]>) : []),
            ]}
          />
        </Card>
        <PropertiesCard urn={m.urn} />
        <ModelServingCard urn={m.urn} />
        <Card title="Source training run">
          <RelatedList
            items={m.trainedBy?.relationships ?? []}
            total={m.trainedBy?.total}
            fallbackUrns={p?.mlModelLineageInfo?.trainingJobs}
            empty={<EmptyNote>No training run is linked: the registry did not say which run produced this version.</EmptyNote>}
          />
        </Card>
        <Card title="Downstream jobs">
          <RelatedList
            items={m.usedBy?.relationships ?? []}
            total={m.usedBy?.total}
            fallbackUrns={p?.mlModelLineageInfo?.downstreamJobs}
            empty={<EmptyNote>None recorded: no job is known to use this model.</EmptyNote>}
          />
        </Card>
      </div>
    </div>
  );
}
