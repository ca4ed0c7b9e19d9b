import { ApolloClient, HttpLink, InMemoryCache, defaultDataIdFromObject } from "@apollo/client";
import generated from "./gql/possible-types";

/** Every entity is keyed by its urn, so one asset is one cache entry whatever query fetched it. */
export function createApolloClient(uri = "/api/graphql") {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: "same-origin" }),
    cache: new InMemoryCache({
      possibleTypes: generated.possibleTypes,
      dataIdFromObject(o) {
        const urn = (o as { urn?: unknown }).urn;
        return typeof urn === "string" ? `${o.__typename}:${urn}` : defaultDataIdFromObject(o);
      },
      typePolicies: {
        // Property objects have no id of their own; they belong to their entity.
        Query: { fields: {} },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}
