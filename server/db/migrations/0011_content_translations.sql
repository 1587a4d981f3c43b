CREATE TABLE "content_translations" (
	"entity" text NOT NULL,
	"entity_key" text NOT NULL,
	"field" text NOT NULL,
	"language" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "content_translations_entity_entity_key_field_language_pk" PRIMARY KEY("entity","entity_key","field","language")
);
--> statement-breakpoint
CREATE INDEX "content_translations_language_idx" ON "content_translations" USING btree ("language","entity");