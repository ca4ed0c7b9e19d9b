import type { Migration } from "./migrations";

/**
 * The full-text index's prefix sizes. The search box matches its last word as a prefix, and FTS5
 * answers a prefix query by merging the doclists of every term that starts with it, in full, before
 * the first row: "fra" over a million entities merged ~800,000 postings for each statement that read
 * it, however few rows it wanted. With an index of the prefixes of these lengths, such a prefix is
 * one doclist, read lazily, newest first, and a LIMIT stops it early. Longer prefixes name fewer terms.
 */
export const SEARCH_PREFIX_SIZES = "1 2 3";

/**
 * Migration 13: the search index rebuilt with prefix indexes (SEARCH_PREFIX_SIZES), its rows copied
 * as they are (no reindex from the aspects), then merged into one segment.
 */
export const MIGRATION_13: Migration = {
  version: 13,
  name: "search index with prefix indexes of 1 to 3 characters: a short prefix is one doclist, read lazily",
  sql: `
    CREATE VIRTUAL TABLE search_v13 USING fts5(
      name, description, text, tags, terms, owners, platform, kind,
      tokenize = 'unicode61 remove_diacritics 2',
      detail = column,
      prefix = '${SEARCH_PREFIX_SIZES}'
    );
    INSERT INTO search_v13 (rowid, name, description, text, tags, terms, owners, platform, kind)
      SELECT rowid, name, description, text, tags, terms, owners, platform, kind FROM search ORDER BY rowid;
    DROP TABLE search;
    ALTER TABLE search_v13 RENAME TO search;
    INSERT INTO search (search) VALUES ('optimize');
  `,
};
