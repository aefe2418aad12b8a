CREATE TABLE "collection_grants" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"collection" text NOT NULL,
	"user_id" bigint,
	"group_id" bigint,
	"level" text NOT NULL,
	"granted_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collection_grants_one_grantee" CHECK (("collection_grants"."user_id" IS NULL) <> ("collection_grants"."group_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_id" bigint NOT NULL,
	"user_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "collection_grants" ADD CONSTRAINT "collection_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_grants" ADD CONSTRAINT "collection_grants_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "collection_grants_user_key" ON "collection_grants" USING btree ("collection","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "collection_grants_group_key" ON "collection_grants" USING btree ("collection","group_id");--> statement-breakpoint
CREATE INDEX "collection_grants_user_idx" ON "collection_grants" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_members_key" ON "group_members" USING btree ("group_id","user_id");--> statement-breakpoint
CREATE INDEX "group_members_user_idx" ON "group_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_name_key" ON "groups" USING btree ("name");--> statement-breakpoint
-- Added by hand: an archive upgraded to collection access keeps what each user saw before. Every
-- non-admin user is granted every named collection that holds documents (upload for the roles that
-- upload, read for the others); collections named after this need a grant.
INSERT INTO "collection_grants" ("collection", "user_id", "level")
SELECT DISTINCT d."collection", u."id", CASE WHEN u."role" = 'investigator' THEN 'upload' ELSE 'read' END
FROM "documents" d CROSS JOIN "users" u
WHERE d."collection" IS NOT NULL AND u."role" <> 'admin';
