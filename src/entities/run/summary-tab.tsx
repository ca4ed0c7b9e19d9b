import type { ReactNode } from "react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { Badge, RunResult } from "../../components/badges";
import { EntityLink } from "../../components/entity-link";
import { CopyButton } from "../../components/copy-button";
import { MarkdownView } from "../../components/markdown";
import { EmptyNote, Skeleton } from "../../components/states";
import { WebLink } from "../../components/external-link";
import { formatDuration, formatTime } from "../../lib/format";
import { AboutCard, CustomPropertiesCard, ParamsTable, type OwnersFields, type TagsFields, type TermsFields } from "../shared/meta";
import { RelatedList } from "../shared/related-list";
import { runState } from "../shared/run-state";
import { runSource } from "./run-source";
import { MetricHistoryCard } from "./metric-history";

/** What Orrery's `runAbout` gives: the run's description, owners, tags and terms. */
export interface RunAbout {
  orreryDescription?: string | null;
  orreryOwnership?: FragmentType<typeof OwnersFields> | null;
  orreryTags?: FragmentType<typeof TagsFields> | null;
  orreryGlossaryTerms?: FragmentType<typeof TermsFields> | null;
}

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

const mono = (v: string) => <span className="font-mono text-xs break-all">{v}</span>;

export function RunSummaryTab({ run, about, aboutLoading }: { run: FragmentType<typeof RunSummary>; about: RunAbout | null; aboutLoading: boolean }) {
  const r = getFragmentData(RunSummary, run);
  const s = runState(r.state, r.properties?.created.time);
  const experiment = r.parentContainers?.containers?.[0];
  const external = r.properties?.externalUrl || r.externalUrl;
  const outputs = (r.mlTrainingRunProperties?.outputUrls ?? []).flatMap((u) => (u ? [u] : []));
  const source = runSource(r.properties?.customProperties, r.properties?.created.actor);
  const note = r.properties?.customProperties?.find((e) => e.key === "mlflow.note.content")?.value;
  // Who ran it and from what code, as fields rather than raw mlflow.* properties; rows only for what is known.
  const sourceRows: Array<[string, ReactNode]> = [
    ["User", source.user ? <span title={source.user.urn ?? undefined}>{source.user.name}</span> : "—"],
    ...(source.sourceName
      ? ([
          [
            "Source",
            <span key="s" className="inline-flex flex-wrap items-center gap-1.5">
              {mono(source.sourceName)}
              {source.sourceType ? <Badge>{source.sourceType.toLowerCase()}</Badge> : null}
            </span>,
          ],
        ] as Array<[string, ReactNode]>)
      : []),
    ...(source.commit
      ? ([
          [
            "Git commit",
            <span key="c" className="inline-flex flex-wrap items-center gap-1">
              {source.commitUrl ? (
                <a
                  href={source.commitUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={source.commit}
                  className="font-mono text-xs text-indigo-700 hover:underline dark:text-indigo-300"
                >
                  {source.commit.slice(0, 12)}
                </a>
              ) : (
                <span title={source.commit} className="font-mono text-xs">
                  {source.commit.slice(0, 12)}
                </span>
              )}
              <CopyButton text={source.commit} label="Copy the commit" />
            </span>,
          ],
        ] as Array<[string, ReactNode]>)
      : []),
    ...(source.branch ? ([["Branch", mono(source.branch)]] as Array<[string, ReactNode]>) : []),
    ...(source.repository ? ([["Repository", mono(source.repository)]] as Array<[string, ReactNode]>) : []),
    ...(source.entryPoint ? ([["Entry point", mono(source.entryPoint)]] as Array<[string, ReactNode]>) : []),
    ...(source.parentRunId ? ([["Parent run", mono(source.parentRunId)]] as Array<[string, ReactNode]>) : []),
  ];
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        {about ? (
          <AboutCard
            urn={r.urn}
            description={about.orreryDescription}
            ownership={about.orreryOwnership}
            globalTags={about.orreryTags}
            glossaryTerms={about.orreryGlossaryTerms}
          />
        ) : aboutLoading ? (
          <Card title="About">
            <Skeleton lines={3} label="Loading the description" />
          </Card>
        ) : note ? (
          <Card title="About">
            <MarkdownView text={note} />
          </Card>
        ) : null}
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Card title="Hyper-parameters">
            <ParamsTable caption="Hyper-parameters" params={r.mlTrainingRunProperties?.hyperParams} empty="None recorded for this run." />
          </Card>
          <Card title="Metrics">
            <ParamsTable caption="Metrics" params={r.mlTrainingRunProperties?.trainingMetrics} empty="None recorded for this run." />
          </Card>
        </div>
        <MetricHistoryCard urn={r.urn} />
        <Card title="Output URLs">
          {outputs.length ? (
            <ul className="space-y-1.5">
              {outputs.map((u) => (
                <li key={u} className="flex items-center gap-2">
                  <WebLink
                    value={u}
                    text="min-w-0 truncate font-mono text-xs"
                    className="min-w-0 truncate font-mono text-xs text-indigo-700 hover:underline dark:text-indigo-300"
                  />
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
              ...sourceRows,
              [
                "Kind",
                r.subTypes?.typeNames?.length ? (
                  <span className="flex flex-wrap gap-1">
                    {r.subTypes.typeNames.map((t) => (
                      <Badge key={t}>{t}</Badge>
                    ))}
                  </span>
                ) : (
                  "—"
                ),
              ],
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
