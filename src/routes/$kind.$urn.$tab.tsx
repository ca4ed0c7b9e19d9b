import { createFileRoute, notFound } from "@tanstack/react-router";
import { z } from "zod";
import { KIND_NAMES, TABS, type Kind } from "../lib/kinds";
import { ModelGroupPage } from "../entities/model-group/page";
import { ModelVersionPage } from "../entities/model/page";
import { ExperimentPageView } from "../entities/experiment/page";
import { RunPageView } from "../entities/run/page";
import { DatasetPageView } from "../entities/dataset/page";
import { FeaturePageView, FeatureTablePageView, PrimaryKeyPageView } from "../entities/feature/page";

const Params = z.object({
  kind: z.enum(KIND_NAMES as [Kind, ...Kind[]]),
  urn: z.string().min(1).max(2000),
  tab: z.string(),
});

const PAGES: Record<Kind, (p: { urn: string; tab: string }) => React.ReactNode> = {
  mlModelGroup: ModelGroupPage,
  mlModel: ModelVersionPage,
  experiment: ExperimentPageView,
  run: RunPageView,
  dataset: DatasetPageView,
  feature: FeaturePageView,
  featureTable: FeatureTablePageView,
  primaryKey: PrimaryKeyPageView,
};

export const Route = createFileRoute("/$kind/$urn/$tab")({
  params: {
    parse: (raw) => {
      const p = Params.safeParse(raw);
      if (!p.success || !TABS[p.data.kind].some((t) => t.id === p.data.tab)) throw notFound();
      return p.data;
    },
    stringify: (p) => p,
  },
  component: function EntityRoute() {
    const { kind, urn, tab } = Route.useParams();
    const Page = PAGES[kind];
    return <Page key={urn} urn={urn} tab={tab} />;
  },
});
