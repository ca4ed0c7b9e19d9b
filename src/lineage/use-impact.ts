/**
 * The Impact tab's rows: DataHub's `searchAcrossLineage` (every asset upstream or downstream of one,
 * with its degree), so the tab works in front of a real DataHub too. Up to MAX_PAGES pages of
 * PAGE_ROWS per starting asset are fetched, outside the cache (thousands of rows cost more to
 * normalise than to fetch, and nothing else reads them); an experiment's rows are those of its
 * runs, merged.
 */
import { useEffect, useEffectEvent, useState } from "react";
import { useApolloClient } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { EntityListItem, itemName, itemPlatform } from "../entities/shared/list-item";
import { KINDS, kindOfEntityType } from "../lib/kinds";
import { coverage, mergeRows, type ImpactRow, type Side } from "./impact";

export const ImpactQuery = graphql(`
  query Impact($input: SearchAcrossLineageInput!) {
    searchAcrossLineage(input: $input) {
      start
      count
      total
      searchResults {
        degree
        entity {
          urn
          type
          ...EntityListItem
        }
      }
    }
  }
`);

/** Rows per request (the server's largest page). */
export const PAGE_ROWS = 1000;
/** Pages for one asset: its table holds up to 5,000 rows (an experiment's runs get one page each). */
export const MAX_PAGES = 5;
/** Requests in flight at once (an experiment asks once per run). */
const CONCURRENCY = 4;

export interface ImpactState {
  rows: ImpactRow[] | null;
  loading: boolean;
  error: Error | null;
  /** what the server counted against what the table holds */
  coverage: { total: number; fetched: number; capped: boolean };
}

/** `starts`: the asset, or an experiment's runs (`several`: each run gets one page, so a big experiment stays a few dozen requests). */
export function useImpact(starts: readonly string[] | null, side: Side, several = false): ImpactState {
  const client = useApolloClient();
  const key = starts ? `${side}|${several}|${starts.join("\n")}` : null;
  const [state, setState] = useState<{ key: string | null; rows: ImpactRow[] | null; error: Error | null; coverage: ImpactState["coverage"] }>({
    key: null,
    rows: null,
    error: null,
    coverage: { total: 0, fetched: 0, capped: false },
  });

  // Everything the request reads is named by `key`.
  const load = useEffectEvent(async (): Promise<Omit<typeof state, "key">> => {
    if (!starts) return { rows: null, error: null, coverage: { total: 0, fetched: 0, capped: false } };
    const pagesPerStart = several ? 1 : MAX_PAGES;
    const fetchStart = async (urn: string) => {
      const rows: ImpactRow[] = [];
      let total = 0;
      for (let page = 0; page < pagesPerStart; page++) {
        const res = await client.query({
          query: ImpactQuery,
          variables: { input: { urn, direction: side === "downstream" ? "DOWNSTREAM" : "UPSTREAM", query: "*", start: page * PAGE_ROWS, count: PAGE_ROWS } },
          fetchPolicy: "no-cache",
        });
        const r = res.data?.searchAcrossLineage;
        if (!r) break;
        total = r.total;
        for (const x of r.searchResults) rows.push(toRow(x.entity, x.degree));
        if (r.searchResults.length < PAGE_ROWS || rows.length >= total) break;
      }
      return { rows, total, fetched: rows.length };
    };
    try {
      const results: Array<{ rows: ImpactRow[]; total: number; fetched: number }> = [];
      for (let i = 0; i < starts.length; i += CONCURRENCY) results.push(...(await Promise.all(starts.slice(i, i + CONCURRENCY).map(fetchStart))));
      return {
        rows: mergeRows(
          results.map((r) => r.rows),
          new Set(starts),
        ),
        error: null,
        coverage: coverage(results),
      };
    } catch (e) {
      return { rows: null, error: e as Error, coverage: { total: 0, fetched: 0, capped: false } };
    }
  });
  useEffect(() => {
    if (!key) return;
    let live = true;
    void load().then((r) => {
      if (live) setState({ key, ...r });
    });
    return () => {
      live = false;
    };
  }, [key]);

  const current = state.key === key;
  return { rows: current ? state.rows : null, loading: !!key && !current, error: current ? state.error : null, coverage: state.coverage };
}

function toRow(entity: FragmentType<typeof EntityListItem> & { urn: string; type: string }, degree: number): ImpactRow {
  const e = getFragmentData(EntityListItem, entity);
  const kind = kindOfEntityType(e.type);
  return { urn: e.urn, name: itemName(e), kind, kindLabel: kind ? KINDS[kind].label : e.type, platform: itemPlatform(e), degree };
}
