import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell } from "../shared/shell";
import { CustomProperties, HistoryTab, LineageTab } from "../shared/common";
import { ParamsTable } from "../shared/metrics-table";
import { Facts, Section } from "../../components/section";
import { formatDuration, formatTime, platformLabel } from "../../lib/format";
import { EntityLink } from "../../components/entity-link";
import { RunResult, Badge } from "../../components/badges";

const RunPage = graphql(`
  query RunPage($urn: String!) {
    dataProcessInstance(urn: $urn) {
      urn
      name
      externalUrl
      platform { name properties { displayName } }
      subTypes { typeNames }
      properties { name created { time actor } externalUrl customProperties { key value } }
      mlTrainingRunProperties { id outputUrls hyperParams { name value } trainingMetrics { name value } }
      state(limit: 10) { status attempt timestampMillis durationMillis result { resultType nativeResultType } }
      parentContainers { containers { urn properties { name } } }
    }
  }
`);

export function RunPageView({ urn, tab }: { urn: string; tab: string }) {
  const { data, loading, error } = useQuery(RunPage, { variables: { urn } });
  const r = data?.dataProcessInstance;
  const events = r?.state ?? [];
  const started = events.find((e) => e?.status === "STARTED");
  const complete = events.find((e) => e?.status === "COMPLETE");
  const start = started?.timestampMillis ?? r?.properties?.created.time ?? null;
  const result = complete?.result?.resultType ?? (started ? "RUNNING" : null);
  const experiment = r?.parentContainers?.containers?.[0];
  const platform = r?.platform ? platformLabel(r.platform) : null;
  return (
    <EntityShell
      kind="run"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      found={!!r}
      name={r?.properties?.name ?? r?.name}
      platform={platform}
      externalUrl={r?.externalUrl}
      breadcrumb={
        r
          ? [
              ...(platform ? [platform] : []),
              ...(experiment ? [<EntityLink key="e" urn={experiment.urn} kind="experiment" name={experiment.properties?.name} />] : []),
              r.properties?.name ?? r.urn,
            ]
          : undefined
      }
      meta={r ? <RunResult result={result} /> : null}
    >
      {r && tab === "summary" ? (
        <div className="grid grid-cols-[2fr_1fr] gap-4">
          <div className="space-y-4">
            <div className="grid grid-cols-2 gap-4">
              <Section title="Hyper-parameters">
                <ParamsTable caption="Hyper-parameters" params={r.mlTrainingRunProperties?.hyperParams} empty="None recorded (mlTrainingRunProperties.hyperParams)." />
              </Section>
              <Section title="Metrics">
                <ParamsTable caption="Metrics" params={r.mlTrainingRunProperties?.trainingMetrics} empty="None recorded (mlTrainingRunProperties.trainingMetrics)." />
              </Section>
            </div>
            <Section title="Outputs">
              {(r.mlTrainingRunProperties?.outputUrls ?? []).length ? (
                <ul className="space-y-1 font-mono text-xs">
                  {(r.mlTrainingRunProperties?.outputUrls ?? []).map((u) => (
                    <li key={u} className="break-all">
                      {u}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">No output URLs recorded.</p>
              )}
            </Section>
            <CustomProperties entries={r.properties?.customProperties} />
          </div>
          <Section title="Run">
            <Facts
              rows={[
                ["Result", <RunResult key="r" result={result} />],
                ["Start", formatTime(start)],
                ["End", complete ? formatTime(complete.timestampMillis) : "—"],
                ["Duration", formatDuration(complete?.durationMillis ?? null)],
                ["Attempt", String(complete?.attempt ?? started?.attempt ?? "—")],
                ["Experiment", experiment ? <EntityLink key="x" urn={experiment.urn} kind="experiment" name={experiment.properties?.name} /> : "—"],
                ["Kind", r.subTypes?.typeNames?.length ? r.subTypes.typeNames.map((t) => <Badge key={t}>{t}</Badge>) : "—"],
                ["Run id", r.mlTrainingRunProperties?.id ?? "—"],
              ]}
            />
          </Section>
        </div>
      ) : null}
      {r && tab === "lineage" ? <LineageTab urn={urn} /> : null}
      {r && tab === "history" ? <HistoryTab /> : null}
    </EntityShell>
  );
}
