/** Facet field on the server ↔ URL parameter here. */
export const FACET_PARAMS = [
  { field: "_entityType", param: "type", label: "Type" },
  { field: "platform", param: "platform", label: "Platform" },
  { field: "tags", param: "tag", label: "Tag" },
  { field: "glossaryTerms", param: "term", label: "Glossary term" },
  { field: "owners", param: "owner", label: "Owner" },
] as const;

export type FacetParam = (typeof FACET_PARAMS)[number]["param"];

export const PAGE_SIZE = 20;
