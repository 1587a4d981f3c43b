-- Articles' titles and keywords as a search document of their own (the weight-A part of search_tsv), with its
-- own GIN index. The search chooses which articles to rank by this small document before it ranks the few it
-- keeps by the whole one, and the any-word fallback matches titles and keywords here instead of rechecking
-- the weights of every whole document; see docs/decisions/0008-search-design.md.
ALTER TABLE kb_articles ADD COLUMN search_title_tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', title), 'A') ||
  setweight(to_tsvector('english', civic311_words(keywords)), 'A')) STORED;
--> statement-breakpoint
CREATE INDEX kb_articles_title_search_idx ON kb_articles USING gin (search_title_tsv) WITH (fastupdate = off);
--> statement-breakpoint
-- GIN indexes queue new entries in a pending list that only VACUUM (autovacuum on PostgreSQL) merges. PGlite
-- has no autovacuum, so the list grew with every article saved: each search read all of it, and the planner,
-- pricing it in, scanned whole tables instead. Entries now go straight into the indexes (search indexes are
-- written once per edit and read on every keystroke); gin_clean_pending_list merges what is already queued.
ALTER INDEX kb_articles_search_idx SET (fastupdate = off);
--> statement-breakpoint
ALTER INDEX kb_articles_trgm_idx SET (fastupdate = off);
--> statement-breakpoint
ALTER INDEX service_types_search_idx SET (fastupdate = off);
--> statement-breakpoint
ALTER INDEX service_types_trgm_idx SET (fastupdate = off);
--> statement-breakpoint
ALTER INDEX departments_search_idx SET (fastupdate = off);
--> statement-breakpoint
ALTER INDEX agencies_search_idx SET (fastupdate = off);
--> statement-breakpoint
SELECT gin_clean_pending_list(i::regclass) FROM unnest(array['kb_articles_search_idx', 'kb_articles_trgm_idx',
  'service_types_search_idx', 'service_types_trgm_idx', 'departments_search_idx', 'agencies_search_idx']) AS i;
