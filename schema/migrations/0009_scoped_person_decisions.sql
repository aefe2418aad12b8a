ALTER TABLE "people" ADD COLUMN "decided" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "person_decisions" ADD COLUMN "collections" jsonb;