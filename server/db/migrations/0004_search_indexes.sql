-- One search over articles, services, departments and agencies: full text (with weights) plus trigram
-- similarity for typos and spacing ("pot hole", "birth certficate"). The document expressions here and in
-- server/modules/knowledge-base/kb.search.ts must stay identical, or the indexes are not used.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION civic311_words(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;
--> statement-breakpoint
CREATE INDEX kb_articles_search_idx ON kb_articles USING gin ((
  setweight(to_tsvector('english', title), 'A') ||
  setweight(to_tsvector('english', civic311_words(keywords)), 'A') ||
  setweight(to_tsvector('english', public_answer), 'C')));
--> statement-breakpoint
CREATE INDEX kb_articles_trgm_idx ON kb_articles USING gin ((lower(title || ' ' || civic311_words(keywords))) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX service_types_search_idx ON service_types USING gin ((
  setweight(to_tsvector('english', name), 'A') ||
  setweight(to_tsvector('english', civic311_words(keywords)), 'A') ||
  setweight(to_tsvector('english', coalesce(group_name, '') || ' ' || coalesce(description, '')), 'C')));
--> statement-breakpoint
CREATE INDEX service_types_trgm_idx ON service_types USING gin ((lower(name || ' ' || civic311_words(keywords))) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX departments_search_idx ON departments USING gin ((
  setweight(to_tsvector('simple', code), 'A') || setweight(to_tsvector('english', name), 'A') ||
  setweight(to_tsvector('english', coalesce(description, '')), 'C')));
--> statement-breakpoint
CREATE INDEX agencies_search_idx ON agencies USING gin ((
  setweight(to_tsvector('simple', code), 'A') || setweight(to_tsvector('english', name), 'A') ||
  setweight(to_tsvector('english', coalesce(handles, '')), 'C')));
