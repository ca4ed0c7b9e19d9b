import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { EntityLink } from "../../components/entity-link";
import { RunResult } from "../../components/badges";
import { platformName } from "../shared/meta";
import { LineageTab } from "../../lineage/lineage-tab";
import { HistoryTab } from "../shared/history-tab";
import { RunSummaryTab } from "./summary-tab";
import { runState } from "../shared/run-state";
import { ImpactTab } from "../../lineage/impact-entry";

const RunHeader = graphql(`
  fragment RunHeader on DataProcessInstance {
    urn
    externalUrl
    platform { ...PlatformFields }
    properties { name externalUrl created { time } }
    state(limit: 5) { status attempt timestampMillis durationMillis result { resultType } }
    parentContainers { containers { urn properties { name } } }
  }
`);

const RunPageQuery = graphql(`
  query RunPage($urn: String!) {
    dataProcessInstance(urn: $urn) {
      urn
      ...RunHeader
      ...RunSummary
    }
  }
`);

export function RunPage({ urn, tab }: EntityPageProps<"run">) {
  const { data, loading, error } = useQuery(RunPageQuery, { variables: { urn } });
  const r = data?.dataProcessInstance;
  const h = getFragmentData(RunHeader, r);
  const state = runState(h?.state, h?.properties?.created.time);
  // parentContainers lists the nearest container first.
  const containers = h?.parentContainers?.containers ?? [];
  const platform = h ? platformName(h.platform) : null;
  const name = h ? h.properties?.name || urn.replace(/^urn:li:dataProcessInstance:/, "") : "";
  return (
    <EntityShell
      kind="run"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        h
          ? {
              name,
              platform,
              externalUrl: h.properties?.externalUrl || h.externalUrl,
              breadcrumb: [
                ...(platform ? [platform] : []),
                ...[...containers].reverse().map((c) => <EntityLink key={c.urn} urn={c.urn} kind="experiment" name={c.properties?.name} />),
                name,
              ],
              status: <RunResult result={state.result} />,
            }
          : null
      }
      tabs={{
        summary: () => <RunSummaryTab run={r!} />,
        lineage: () => <LineageTab urn={urn} kindLabel="training run" />,
        impact: () => <ImpactTab urn={urn} kind="run" />,
        history: () => <HistoryTab urn={urn} kindLabel="training run" />,
      }}
    />
  );
}
