ALTER TABLE "claims" ADD COLUMN "origin" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "origin_text" text;