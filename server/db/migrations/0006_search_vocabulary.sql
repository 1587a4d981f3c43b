-- The words that titles and keywords are made of, for spelling correction: a caller's unknown word
-- ("certficate") is replaced by the most similar known word ("certificate") before the full-text query.
CREATE MATERIALIZED VIEW search_vocabulary AS
  SELECT DISTINCT w AS word FROM (
    SELECT regexp_split_to_table(search_trgm, '[^a-z0-9]+') AS w FROM kb_articles
    UNION ALL SELECT regexp_split_to_table(search_trgm, '[^a-z0-9]+') FROM service_types
    UNION ALL SELECT regexp_split_to_table(lower(name), '[^a-z0-9]+') FROM departments
    UNION ALL SELECT regexp_split_to_table(lower(name), '[^a-z0-9]+') FROM agencies
  ) words WHERE length(w) >= 4;
--> statement-breakpoint
CREATE UNIQUE INDEX search_vocabulary_word_idx ON search_vocabulary (word);
--> statement-breakpoint
CREATE INDEX search_vocabulary_trgm_idx ON search_vocabulary USING gin (word gin_trgm_ops);
