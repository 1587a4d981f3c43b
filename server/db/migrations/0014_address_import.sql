ALTER TABLE "streets" ADD COLUMN "left_from" integer;--> statement-breakpoint
ALTER TABLE "streets" ADD COLUMN "left_to" integer;--> statement-breakpoint
ALTER TABLE "streets" ADD COLUMN "right_from" integer;--> statement-breakpoint
ALTER TABLE "streets" ADD COLUMN "right_to" integer;--> statement-breakpoint
ALTER TABLE "streets" ADD COLUMN "from_node" text;--> statement-breakpoint
ALTER TABLE "streets" ADD COLUMN "to_node" text;--> statement-breakpoint
CREATE UNIQUE INDEX "addresses_source_idx" ON "addresses" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "streets_lower_name_idx" ON "streets" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "streets_source_idx" ON "streets" USING btree ("source_id");