import { createFileRoute, notFound } from "@tanstack/react-router";
import * as z from "zod/mini";
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
const Params = z.object({
  kind: z.enum(KIND_NAMES as [Kind, ...Kind[]]),
  urn: z.string().check(z.minLength(1), z.maxLength(2000)),
  tab: z.string(),
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
      const p = Params.safeParse(raw);
      if (!p.success || !isTab(p.data.kind, p.data.tab)) throw notFound();
      return { kind: p.data.kind, urn: p.data.urn, tab: p.data.tab as TabId<Kind> };
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
