/**
 * Who is using the app, from DataHub's `me` (null when signed out). Editing is offered to those who
 * may manage tags (DataHub's platform privilege that Orrery grants to editors and admins); the
 * server checks every write anyway.
 */
import { useApolloClient, useQuery } from "@apollo/client/react";
import { graphql } from "../gql";

export const MeQuery = graphql(`
  query Me {
    me {
      corpUser {
        urn
        username
      }
      platformPrivileges {
        manageTags
      }
    }
  }
`);

export interface Viewer {
  loading: boolean;
  signedIn: boolean;
  canEdit: boolean;
  /** username, or the urn's last part */
  name: string | null;
}

export function useViewer(): Viewer {
  const { data, loading } = useQuery(MeQuery, { fetchPolicy: "cache-first" });
  const me = data?.me;
  const name = me ? (me.corpUser.username ?? me.corpUser.urn.replace(/^urn:li:corpuser:/, "")) : null;
  return { loading: loading && !data, signedIn: !!me, canEdit: !!me?.platformPrivileges.manageTags, name };
}

/**
 * After signing in or out: everything the server answers may differ, so the cache starts over.
 * Queries still in flight are cancelled by the reset and asked again; their cancellation is expected,
 * not an error to report.
 */
export function useResetAfterAuth() {
  const client = useApolloClient();
  return () =>
    client.resetStore().catch((error: unknown) => {
      if (!(error instanceof Error && error.name === "AbortError")) throw error;
      return null;
    });
}
