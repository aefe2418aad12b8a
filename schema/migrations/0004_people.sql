CREATE TABLE "claims" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"document_id" bigint NOT NULL,
	"page" integer NOT NULL,
	"person_entity_ids" jsonb NOT NULL,
	"person_keys" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"place" text NOT NULL,
	"place_text" text NOT NULL,
	"date_from" text NOT NULL,
	"date_to" text,
	"stance" text NOT NULL,
	"kind" text NOT NULL,
	"quote" text NOT NULL,
	"quote_start" integer NOT NULL,
	"quote_end" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"variants" jsonb NOT NULL,
	"document_ids" jsonb NOT NULL,
	"mentions" integer NOT NULL,
	"name_keys" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"a" text NOT NULL,
	"b" text NOT NULL,
	"user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "person_key" text;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_document_idx" ON "claims" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "entities_person_key_idx" ON "entities" USING btree ("person_key");