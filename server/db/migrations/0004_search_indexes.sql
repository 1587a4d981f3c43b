-- One search over articles, services, departments and agencies: full text (with weights) plus trigram
-- similarity for typos and spacing ("pot hole", "birth certficate"). Each table keeps its search document in
-- stored generated columns (search_tsv, search_trgm), so ranking reads them instead of re-parsing text per row;
-- server/modules/knowledge-base/knowledge-base.search.ts queries these columns.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION civic311_words(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;
--> statement-breakpoint
ALTER TABLE kb_articles ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', title), 'A') ||
  setweight(to_tsvector('english', civic311_words(keywords)), 'A') ||
  setweight(to_tsvector('english', public_answer), 'C')) STORED;
--> statement-breakpoint
ALTER TABLE kb_articles ADD COLUMN search_trgm text GENERATED ALWAYS AS (lower(title || ' ' || civic311_words(keywords))) STORED;
--> statement-breakpoint
CREATE INDEX kb_articles_search_idx ON kb_articles USING gin (search_tsv);
--> statement-breakpoint
CREATE INDEX kb_articles_trgm_idx ON kb_articles USING gin (search_trgm gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE service_types ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', name), 'A') ||
  setweight(to_tsvector('english', civic311_words(keywords)), 'A') ||
  setweight(to_tsvector('english', coalesce(group_name, '') || ' ' || coalesce(description, '')), 'C')) STORED;
--> statement-breakpoint
ALTER TABLE service_types ADD COLUMN search_trgm text GENERATED ALWAYS AS (lower(name || ' ' || civic311_words(keywords))) STORED;
--> statement-breakpoint
CREATE INDEX service_types_search_idx ON service_types USING gin (search_tsv);
--> statement-breakpoint
CREATE INDEX service_types_trgm_idx ON service_types USING gin (search_trgm gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE departments ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', code), 'A') || setweight(to_tsvector('english', name), 'A') ||
  setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED;
--> statement-breakpoint
CREATE INDEX departments_search_idx ON departments USING gin (search_tsv);
--> statement-breakpoint
ALTER TABLE agencies ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', code), 'A') || setweight(to_tsvector('english', name), 'A') ||
  setweight(to_tsvector('english', coalesce(handles, '')), 'C')) STORED;
--> statement-breakpoint
CREATE INDEX agencies_search_idx ON agencies USING gin (search_tsv);
