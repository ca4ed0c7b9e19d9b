/** The Impact tab as every kind's page renders it: the tab's code is a chunk of its own, loaded when the tab opens. */
import { lazy, Suspense } from "react";
import type { Kind } from "../lib/kinds";
import { Skeleton } from "../components/states";

const Tab = lazy(() => import("./impact-tab"));

export function ImpactTab({ urn, kind }: { urn: string; kind: Kind }) {
  return (
    <Suspense fallback={<Skeleton lines={8} label="Loading the impact analysis" />}>
      <Tab urn={urn} kind={kind} />
    </Suspense>
  );
}
