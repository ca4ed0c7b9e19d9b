import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { Badge, RunResult } from "../../components/badges";
import { EntityLink } from "../../components/entity-link";
import { CopyButton } from "../../components/copy-button";
import { EmptyNote } from "../../components/states";
import { WebLink } from "../../components/external-link";
import { formatDuration, formatTime } from "../../lib/format";
import { CustomPropertiesCard, ParamsTable } from "../shared/meta";
import { RelatedList } from "../shared/related-list";
import { runState } from "../shared/run-state";

export const RunSummary = graphql(`
  fragment RunSummary on DataProcessInstance {
    urn
    externalUrl
    subTypes { typeNames }
    properties { name created { time actor } externalUrl customProperties { key value } }
    mlTrainingRunProperties { id outputUrls hyperParams { name value description } trainingMetrics { name value description } }
    state(limit: 5) { status attempt timestampMillis durationMillis result { resultType } }
    parentContainers { containers { urn properties { name } } }
    inputs: relationships(input: { types: ["DataProcessInstanceConsumes"], direction: OUTGOING, start: 0, count: 5 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
    models: relationships(input: { types: ["TrainedBy"], direction: INCOMING, start: 0, count: 5 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
  }
`);

export function RunSummaryTab({ run }: { run: FragmentType<typeof RunSummary> }) {
  const r = getFragmentData(RunSummary, run);
  const s = runState(r.state, r.properties?.created.time);
  const experiment = r.parentContainers?.containers?.[0];
  const external = r.properties?.externalUrl || r.externalUrl;
  const outputs = (r.mlTrainingRunProperties?.outputUrls ?? []).flatMap((u) => (u ? [u] : []));
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Card title="Hyper-parameters">
            <ParamsTable caption="Hyper-parameters" params={r.mlTrainingRunProperties?.hyperParams} empty="None recorded for this run." />
          </Card>
          <Card title="Metrics">
            <ParamsTable caption="Metrics" params={r.mlTrainingRunProperties?.trainingMetrics} empty="None recorded for this run." />
          </Card>
        </div>
        <Card title="Output URLs">
          {outputs.length ? (
            <ul className="space-y-1.5">
              {outputs.map((u) => (
                <li key={u} className="flex items-center gap-2">
                  <WebLink value={u} text="min-w-0 truncate font-mono text-xs" className="min-w-0 truncate font-mono text-xs text-indigo-700 hover:underline dark:text-indigo-300" />
                  <CopyButton text={u} label={`Copy ${u}`} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyNote>No output URLs recorded.</EmptyNote>
          )}
        </Card>
        <CustomPropertiesCard urn={r.urn} entries={r.properties?.customProperties} />
      </div>
      <div className="space-y-4">
        <Card title="Run">
          <Facts
            rows={[
              ["Result", <RunResult key="r" result={s.result} />],
              ["Start", formatTime(s.start)],
              ["End", formatTime(s.end)],
              ["Duration", formatDuration(s.duration)],
              ["Attempt", s.attempt != null ? String(s.attempt) : "—"],
              ["Experiment", experiment ? <EntityLink key="x" urn={experiment.urn} kind="experiment" name={experiment.properties?.name} /> : "—"],
              ["Kind", r.subTypes?.typeNames?.length ? <span className="flex flex-wrap gap-1">{r.subTypes.typeNames.map((t) => <Badge key={t}>{t}</Badge>)}</span> : "—"],
              ["Run id", r.mlTrainingRunProperties?.id ? <span className="font-mono text-xs break-all">{r.mlTrainingRunProperties.id}</span> : "—"],
              [
                "External URL",
                external ? (
                  <WebLink key="u" value={external} text="break-all" className="break-all text-indigo-700 hover:underline dark:text-indigo-300" />
                ) : (
                  "—"
                ),
              ],
            ]}
          />
        </Card>
        <Card title="Models from this run">
          <RelatedList
            items={r.models?.relationships ?? []}
            total={r.models?.total}
            empty={<EmptyNote>No model was registered from this run. Not every run becomes a model.</EmptyNote>}
          />
        </Card>
        <Card title="Input datasets">
          <RelatedList
            items={r.inputs?.relationships ?? []}
            total={r.inputs?.total}
            empty={<EmptyNote>No inputs recorded: the run did not log the datasets it read.</EmptyNote>}
          />
        </Card>
      </div>
    </div>
  );
}
