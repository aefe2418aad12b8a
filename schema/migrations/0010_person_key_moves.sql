CREATE TABLE "person_key_moves" (
	"old_key" text PRIMARY KEY NOT NULL,
	"new_key" text NOT NULL,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL
);
