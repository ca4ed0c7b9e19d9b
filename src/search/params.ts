import { z } from "zod";

/** A repeated filter: an array in links made by the app; a single value typed by hand is taken too. */
const list = z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(z.string().max(2000)).max(50).optional());

/** /search?q=…&type=…&platform=…&tag=…&term=…&owner=…&page=… */
export const SearchParams = z.object({
  q: z.string().max(1000).optional().catch(undefined),
  type: list.catch(undefined),
  platform: list.catch(undefined),
  tag: list.catch(undefined),
  term: list.catch(undefined),
  owner: list.catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type SearchParams = z.infer<typeof SearchParams>;

/** Facet field on the server ↔ URL parameter here. */
export const FACET_PARAMS = [
  { field: "_entityType", param: "type", label: "Type" },
  { field: "platform", param: "platform", label: "Platform" },
  { field: "tags", param: "tag", label: "Tag" },
  { field: "glossaryTerms", param: "term", label: "Glossary term" },
  { field: "owners", param: "owner", label: "Owner" },
] as const;

export const PAGE_SIZE = 20;
