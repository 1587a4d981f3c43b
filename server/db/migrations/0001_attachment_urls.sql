ALTER TABLE "attachments" ALTER COLUMN "storage_key" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "source_url" text;