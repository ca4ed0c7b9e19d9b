/** The lineage graph's one request per view (an Orrery extension; see docs/API.md). */
import { graphql } from "../gql";

export const LineageGraphQuery = graphql(`
  query LineageGraph($input: OrreryLineageGraphInput!) {
    lineageGraph(input: $input) {
      focus
      truncated
      truncatedBy
      maxNodes
      maxEdges
      nodes {
        urn
        degree
        direction
        upstreamCount
        downstreamCount
        upstreamExplored
        downstreamExplored
        entity {
          urn
          type
          ...EntityListItem
        }
      }
      edges {
        source
        target
        type
      }
    }
  }
`);
