CREATE TABLE "citations" (
	"id" text PRIMARY KEY NOT NULL,
	"document_id" bigint NOT NULL,
	"page" integer NOT NULL,
	"quote" text NOT NULL,
	"status" text DEFAULT 'holds' NOT NULL,
	"problem" text,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citations_document_idx" ON "citations" USING btree ("document_id");