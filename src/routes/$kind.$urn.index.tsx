import { createFileRoute, redirect } from "@tanstack/react-router";

/** /<kind>/<urn> opens the Summary tab. */
export const Route = createFileRoute("/$kind/$urn/")({
  beforeLoad: ({ params }) => {
    throw redirect({ to: "/$kind/$urn/$tab", params: { kind: params.kind as never, urn: params.urn, tab: "summary" }, search: {}, replace: true });
  },
});
