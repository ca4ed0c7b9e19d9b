/**
 * Which Orrery extensions the server offers (`orreryInfo.extensions`). Against a real DataHub the
 * field does not exist: the query fails validation and the app treats every extension as absent, so
 * pages fall back to what DataHub's own schema serves.
 */
import type { ApolloClient } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";

const OrreryInfoQuery = graphql(`
  query OrreryInfo {
    orreryInfo {
      version
      extensions
    }
  }
`);

export type ExtensionState = { loading: true } | { loading: false; has: (name: string) => boolean };

export function useExtensions(): ExtensionState {
  const { data, loading, error } = useQuery(OrreryInfoQuery, { fetchPolicy: "cache-first" });
  if (loading && !data) return { loading: true };
  const names = new Set(error && !data?.orreryInfo ? [] : (data?.orreryInfo?.extensions ?? []));
  return { loading: false, has: (n) => names.has(n) };
}

/** Ask once at start-up; pages then read the answer from the cache. */
export function prefetchExtensions(client: ApolloClient): void {
  void client.query({ query: OrreryInfoQuery }).catch(() => undefined);
}
