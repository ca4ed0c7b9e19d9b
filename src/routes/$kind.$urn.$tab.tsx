import { createFileRoute, notFound } from "@tanstack/react-router";
import * as v from "valibot";
import { KIND_NAMES, isTab, type Kind, type TabId } from "../lib/kinds";
import { parseEntityTabSearch } from "../lib/urls";
import type { EntityPageProps } from "../components/entity-shell";
import { ModelGroupPage } from "../entities/mlModelGroup/page";
import { ModelPage } from "../entities/mlModel/page";
import { ExperimentPage } from "../entities/experiment/page";
import { RunPage } from "../entities/run/page";
import { DatasetPage } from "../entities/dataset/page";
import { FeaturePage } from "../entities/feature/page";
import { FeatureTablePage } from "../entities/featureTable/page";
import { PrimaryKeyPage } from "../entities/primaryKey/page";
import { TagPage } from "../entities/tag/page";
import { GlossaryTermPage } from "../entities/glossaryTerm/page";
import { UserPage } from "../entities/user/page";
import { GroupPage } from "../entities/group/page";
import { DomainPage } from "../entities/domain/page";
import { PipelinePage } from "../entities/dataFlow/page";
import { JobPage } from "../entities/dataJob/page";
import { DeploymentPage } from "../entities/deployment/page";
import { GlossaryNodePage } from "../entities/glossaryNode/page";

/** /<kind>/<urn>/<tab>: the urn is one URL-encoded path segment. */
const Params = v.object({
  kind: v.picklist(KIND_NAMES as [Kind, ...Kind[]]),
  urn: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  tab: v.string(),
});

const PAGES: { [K in Kind]: (p: EntityPageProps<K>) => React.ReactNode } = {
  mlModelGroup: ModelGroupPage,
  mlModel: ModelPage,
  experiment: ExperimentPage,
  run: RunPage,
  dataset: DatasetPage,
  feature: FeaturePage,
  featureTable: FeatureTablePage,
  primaryKey: PrimaryKeyPage,
  tag: TagPage,
  glossaryTerm: GlossaryTermPage,
  user: UserPage,
  group: GroupPage,
  domain: DomainPage,
  pipeline: PipelinePage,
  job: JobPage,
  deployment: DeploymentPage,
  glossaryNode: GlossaryNodePage,
};

export const Route = createFileRoute("/$kind/$urn/$tab")({
  params: {
    parse: (raw) => {
      const p = v.safeParse(Params, raw);
      if (!p.success || !isTab(p.output.kind, p.output.tab)) throw notFound();
      return { kind: p.output.kind, urn: p.output.urn, tab: p.output.tab as TabId<Kind> };
    },
    stringify: (p) => p,
  },
  validateSearch: parseEntityTabSearch,
  component: function EntityRoute() {
    const { kind, urn, tab } = Route.useParams();
    const Page = PAGES[kind] as (p: EntityPageProps<Kind>) => React.ReactNode;
    return <Page key={urn} urn={urn} tab={tab} />;
  },
});
