import { ApolloClient, InMemoryCache, type TypePolicies } from "@apollo/client";
// BaseHttpLink: HttpLink without the client-awareness headers we do not send.
import { BaseHttpLink } from "@apollo/client/link/http";
import generated from "./gql/possible-types";
import { entityTypes, valueTypes } from "./gql/cache-types";

/**
 * The cache: every entity (all types implementing Entity) is one entry keyed by its urn, whichever
 * query fetched it; objects without identity (properties, aspects, results) are merged into their
 * holder, so tabs that select different fields of the same aspect never clobber each other.
 */
export function createCache() {
  const typePolicies: TypePolicies = {};
  // Every selection of an entity includes urn; one that did not would stay inside its parent rather than fail.
  for (const t of entityTypes) typePolicies[t] = { keyFields: (o) => (typeof o.urn === "string" ? ["urn"] : false) };
  for (const t of valueTypes) typePolicies[t] = { merge: true };
  return new InMemoryCache({ possibleTypes: generated.possibleTypes, typePolicies });
}

export function createApolloClient(uri = "/api/graphql") {
  return new ApolloClient({
    link: new BaseHttpLink({ uri, credentials: "same-origin" }),
    cache: createCache(),
    defaultOptions: {
      // Show what the cache has at once, then refresh it; keep partial data next to the errors.
      watchQuery: { fetchPolicy: "cache-and-network", errorPolicy: "all" },
      query: { errorPolicy: "all" },
    },
  });
}

// Apollo 4 types the results of every query by its default error policy: declare it once here.
declare module "@apollo/client" {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: "all";
      }
      interface Query {
        errorPolicy: "all";
      }
    }
  }
}
