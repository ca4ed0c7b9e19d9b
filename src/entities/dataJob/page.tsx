import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { EntityLink } from "../../components/entity-link";
import { Badge, DeprecatedBadge } from "../../components/badges";
import { HeaderMeta, platformName } from "../shared/meta";
import { LineageTab } from "../../lineage/lineage-tab";
import { ImpactTab } from "../../lineage/impact-entry";
import { HistoryTab } from "../shared/history-tab";
import { JobSummaryTab } from "./summary-tab";
import { JobInputsOutputsTab } from "./io-tab";
import { JobRunsTab } from "./runs-tab";

const JobHeader = graphql(`
  fragment JobHeader on DataJob {
    urn
    jobId
    properties { name externalUrl }
    dataFlow { urn flowId platform { ...PlatformFields } properties { name } }
    subTypes { typeNames }
    deprecation { deprecated note }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
  }
`);

const JobPageQuery = graphql(`
  query JobPage($urn: String!) {
    dataJob(urn: $urn) {
      urn
      ...JobHeader
      ...JobSummary
    }
  }
`);

/** A pipeline's task or a training/processing job (DataHub's data job). */
export function JobPage({ urn, tab }: EntityPageProps<"job">) {
  const { data, loading, error } = useQuery(JobPageQuery, { variables: { urn } });
  const j = data?.dataJob;
  const h = getFragmentData(JobHeader, j);
  const platform = h?.dataFlow ? platformName(h.dataFlow.platform) : null;
  const subType = h?.subTypes?.typeNames?.[0];
  const flow = h?.dataFlow;
  return (
    <EntityShell
      kind="job"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        h
          ? {
              name: h.properties?.name || h.jobId,
              platform,
              externalUrl: h.properties?.externalUrl,
              breadcrumb: [
                ...(platform ? [platform] : []),
                ...(flow ? [<EntityLink key="flow" urn={flow.urn} kind="pipeline" name={flow.properties?.name || flow.flowId} />] : []),
              ],
              status: (
                <>
                  {subType ? <Badge>{subType.toLowerCase()}</Badge> : null}
                  <DeprecatedBadge deprecation={h.deprecation} />
                </>
              ),
              meta: <HeaderMeta ownership={h.ownership} globalTags={h.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => <JobSummaryTab job={j!} />,
        io: () => <JobInputsOutputsTab urn={urn} />,
        runs: () => <JobRunsTab urn={urn} />,
        lineage: () => <LineageTab urn={urn} kindLabel="job" />,
        impact: () => <ImpactTab urn={urn} kind="job" />,
        history: () => <HistoryTab urn={urn} kindLabel="job" />,
      }}
    />
  );
}
