import { createFileRoute, notFound, redirect } from "@tanstack/react-router";
import { defaultTab, isKind } from "../lib/kinds";

/** /<kind>/<urn> opens the kind's first tab (Summary for assets, Assets for tags, terms, people and groups). */
export const Route = createFileRoute("/$kind/$urn/")({
  beforeLoad: ({ params }) => {
    if (!isKind(params.kind)) throw notFound();
    throw redirect({ to: "/$kind/$urn/$tab", params: { kind: params.kind, urn: params.urn, tab: defaultTab(params.kind) }, search: {}, replace: true });
  },
});
