import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { EntityLink } from "../../components/entity-link";
import { containerLabel } from "../../lib/kinds";
import { RunResult } from "../../components/badges";
import { useExtensions } from "../../lib/extensions";
import { HeaderMeta, owners, platformName, tags } from "../shared/meta";
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
    parentContainers { containers { urn properties { name } subTypes { typeNames } } }
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

/**
 * A run's description, owners, tags and terms: Orrery's `runAbout` extension (DataHub's
 * DataProcessInstance has none of them), asked for only when the server offers it.
 */
const RunAboutQuery = graphql(`
  query RunAbout($urn: String!) {
    dataProcessInstance(urn: $urn) {
      urn
      orreryDescription
      orreryOwnership { ...OwnersFields }
      orreryTags { ...TagsFields }
      orreryGlossaryTerms { ...TermsFields }
    }
  }
`);

export function RunPage({ urn, tab }: EntityPageProps<"run">) {
  const { data, loading, error } = useQuery(RunPageQuery, { variables: { urn } });
  const ext = useExtensions();
  const withAbout = !ext.loading && ext.has("runAbout");
  const about = useQuery(RunAboutQuery, { variables: { urn }, skip: !withAbout }).data?.dataProcessInstance ?? null;
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
                ...[...containers]
                  .reverse()
                  .map((c) => (
                    <EntityLink key={c.urn} urn={c.urn} kind="experiment" kindLabel={containerLabel(c.subTypes?.typeNames)} name={c.properties?.name} />
                  )),
                name,
              ],
              status: <RunResult result={state.result} />,
              meta:
                about && owners(about.orreryOwnership).length + tags(about.orreryTags).length > 0 ? (
                  <HeaderMeta ownership={about.orreryOwnership} globalTags={about.orreryTags} />
                ) : undefined,
            }
          : null
      }
      tabs={{
        summary: () => <RunSummaryTab run={r!} about={withAbout ? about : null} aboutLoading={withAbout && !about} />,
        lineage: () => <LineageTab urn={urn} kindLabel="training run" />,
        impact: () => <ImpactTab urn={urn} kind="run" />,
        history: () => <HistoryTab urn={urn} kindLabel="training run" />,
      }}
    />
  );
}
