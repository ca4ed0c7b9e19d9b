/**
 * What the load benchmark's clients do (bench/load.ts): the operations, their shares of the mix, and
 * one client's choice of the next request.
 */
import { print, type DocumentNode } from "graphql";
import { addTypenameToDocument } from "@apollo/client/utilities";
import * as gql from "../src/gql/graphql";
import { Rng } from "../server/demo/generate";
import { WORDS } from "./search-cases";

// ---------------------------------------------------------------------------------------------
// The operations
// ---------------------------------------------------------------------------------------------

/** A document as the app sends it: Apollo adds __typename to every selection set. */
const text = (doc: unknown) => print(addTypenameToDocument(doc as DocumentNode));

export const ENTITY_PAGES: Array<{ op: string; type: string; query: string }> = [
  { op: "entity.mlModel", type: "mlModel", query: text(gql.ModelPageDocument) },
  { op: "entity.mlModelGroup", type: "mlModelGroup", query: text(gql.ModelGroupPageDocument) },
  { op: "entity.run", type: "dataProcessInstance", query: text(gql.RunPageDocument) },
  { op: "entity.experiment", type: "container", query: text(gql.ExperimentPageDocument) },
  { op: "entity.dataset", type: "dataset", query: text(gql.DatasetPageDocument) },
  { op: "entity.feature", type: "mlFeature", query: text(gql.FeaturePageDocument) },
];
const SEARCH = text(gql.SearchDocument);
const LINEAGE_GRAPH = text(gql.LineageGraphDocument);
const ADD_TAG = text(gql.AddTagDocument);
const REMOVE_TAG = text(gql.RemoveTagDocument);
const UPDATE_DESCRIPTION = text(gql.UpdateDescriptionDocument);
/** Impact analysis as DataHub's UI asks it: one page of what lies 1–3 hops away. */
const SEARCH_ACROSS_LINEAGE = `query SearchAcrossLineage($urn: String!, $direction: LineageDirection!) {
  searchAcrossLineage(input: { urn: $urn, direction: $direction, query: "*", start: 0, count: 20,
    orFilters: [{ and: [{ field: "degree", values: ["1", "2", "3+"] }] }] }) {
    start count total searchResults { degree entity { urn type } } } }`;

/** Share of requests per kind of operation (the entity-page share is split evenly across kinds). */
export const MIX = { entity: 0.5, search: 0.2, searchAcrossLineage: 0.075, lineageGraph: 0.075, tag: 0.1, description: 0.05 };
export type Mix = typeof MIX;

/** MIX with only the kinds named (each keeping its share relative to the others), e.g. to profile one kind of request. */
export function mixOf(kinds: readonly string[] | null): Mix {
  if (!kinds) return MIX;
  for (const k of kinds) if (!Object.hasOwn(MIX, k)) throw new Error(`unknown kind of operation ${k}: one of ${Object.keys(MIX).join(", ")}`);
  const kept = Object.entries(MIX).map(([k, share]) => [k, kinds.includes(k) ? share : 0] as const);
  const sum = kept.reduce((n, [, share]) => n + share, 0);
  return Object.fromEntries(kept.map(([k, share]) => [k, share / sum])) as Mix;
}

const TYPE_FILTERS = ["MLMODEL", "MLMODEL_GROUP", "DATASET", "DATA_PROCESS_INSTANCE", "MLFEATURE"];

export interface Inputs {
  pages: Map<string, string[]>;
  lineageFoci: string[];
  /** per client: the entities it edits (disjoint between clients) */
  targets: string[][];
}

export interface Request {
  op: string;
  body: string;
  auth: boolean;
  /** checks a 200 answer's data; returns a reason when it is wrong */
  check: (data: any) => string | null;
  after?: () => void;
}

/** A request's HTTP form, as the web app posts it (`token`: the editor's, for the requests that need one). */
export function httpRequestOf(req: Request, token: string) {
  return {
    path: "/api/graphql",
    method: "POST" as const,
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json,application/json;q=0.9",
      ...(req.auth ? { authorization: `Bearer ${token}` } : {}),
    },
    body: req.body,
  };
}

export class Client {
  private readonly rng: Rng;
  private readonly tagged = new Map<string, string>();
  private seq = 0;
  constructor(
    private readonly id: number,
    private readonly inputs: Inputs,
    seed: number,
    private readonly mix: Mix = MIX,
  ) {
    this.rng = new Rng(seed * 1000 + id);
  }

  next(): Request {
    // Scaled by the shares' sum, added in the order the kinds are tried below: a kind without a share is never drawn.
    const m = this.mix;
    const r = this.rng.float() * (m.entity + m.search + m.searchAcrossLineage + m.lineageGraph + m.tag + m.description);
    const body = (operationName: string, query: string, variables: unknown) => JSON.stringify({ operationName, variables, query });
    const MIX = this.mix;
    let acc = MIX.entity;
    if (r < acc) {
      const page = ENTITY_PAGES[this.rng.int(0, ENTITY_PAGES.length - 1)];
      const urns = this.inputs.pages.get(page.type)!;
      const urn = urns[this.rng.int(0, urns.length - 1)];
      const name = /query (\w+)/.exec(page.query)![1];
      const root = page.type; // each page query's root field is named after its entity type
      return { op: page.op, body: body(name, page.query, { urn }), auth: false, check: (d) => (d?.[root]?.urn === urn ? null : `no ${root} ${urn}`) };
    }
    if (r < (acc += MIX.search)) {
      const word = WORDS[this.rng.int(0, WORDS.length - 1)];
      const filters = this.rng.float() < 0.3 ? [{ field: "_entityType", values: [TYPE_FILTERS[this.rng.int(0, TYPE_FILTERS.length - 1)]] }] : [];
      const start = this.rng.float() < 0.2 ? 20 : 0;
      return {
        op: "search",
        body: body("Search", SEARCH, { query: word, start, count: 20, filters }),
        auth: false,
        check: (d) => (typeof d?.searchAcrossEntities?.total === "number" ? null : "no result"),
      };
    }
    const focus = () => this.inputs.lineageFoci[this.rng.int(0, this.inputs.lineageFoci.length - 1)];
    if (r < (acc += MIX.searchAcrossLineage)) {
      const direction = this.rng.float() < 0.5 ? "DOWNSTREAM" : "UPSTREAM";
      return {
        op: "lineage.searchAcrossLineage",
        body: body("SearchAcrossLineage", SEARCH_ACROSS_LINEAGE, { urn: focus(), direction }),
        auth: false,
        check: (d) => (typeof d?.searchAcrossLineage?.total === "number" ? null : "no result"),
      };
    }
    if (r < (acc += MIX.lineageGraph)) {
      const urn = focus();
      const input = { urn, upstreamHops: 1, downstreamHops: this.rng.float() < 0.5 ? 1 : 2, expand: [], maxNodes: 2000 };
      return {
        op: "lineage.graph",
        body: body("LineageGraph", LINEAGE_GRAPH, { input }),
        auth: false,
        check: (d) => (d?.lineageGraph?.focus === urn ? null : "no graph"),
      };
    }
    const targets = this.inputs.targets[this.id];
    const target = targets[this.rng.int(0, targets.length - 1)];
    if (r < (acc += MIX.tag)) {
      // Add a tag, and take it off again the next time this entity comes up: the catalog stays the same size.
      const had = this.tagged.get(target);
      if (had)
        return {
          op: "write.removeTag",
          body: body("RemoveTag", REMOVE_TAG, { input: { resourceUrn: target, tagUrn: had } }),
          auth: true,
          check: (d) => (d?.removeTag === true ? null : "not removed"),
          after: () => this.tagged.delete(target),
        };
      const tag = `urn:li:tag:load_${this.id % 10}`;
      return {
        op: "write.addTag",
        body: body("AddTag", ADD_TAG, { input: { resourceUrn: target, tagUrn: tag } }),
        auth: true,
        check: (d) => (d?.addTag === true ? null : "not added"),
        after: () => this.tagged.set(target, tag),
      };
    }
    const description = `Edited under load by client ${this.id} (${++this.seq}).\n\nSee the **runbook** for details.`;
    return {
      op: "write.updateDescription",
      body: body("UpdateDescription", UPDATE_DESCRIPTION, { input: { resourceUrn: target, description } }),
      auth: true,
      check: (d) => (d?.updateDescription === true ? null : "not updated"),
    };
  }
}
