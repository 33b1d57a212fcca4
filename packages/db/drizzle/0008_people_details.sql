-- Duplicate search: trigram similarity (pg_trgm) of names folded without diacritics (unaccent).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- The name a duplicate search compares: each part's Latin transliteration when there is one, else the
-- part, lower case and without diacritics. unaccent() itself is only STABLE (its dictionary could
-- change); naming the dictionary makes the result depend on the arguments alone, so the function can
-- compute a stored generated column and feed an index.
CREATE OR REPLACE FUNCTION person_search_name(given text, family text, given_latin text, family_latin text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary,
    coalesce(nullif(given_latin, ''), given) || ' ' || coalesce(nullif(family_latin, ''), family)))
$$;--> statement-breakpoint
CREATE TABLE "person_household_members" (
	"person_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_household_members_person_id_member_id_pk" PRIMARY KEY("person_id","member_id"),
	CONSTRAINT "person_household_members_not_self" CHECK ("person_household_members"."person_id" <> "person_household_members"."member_id")
);
--> statement-breakpoint
CREATE TABLE "person_identity_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"number" text NOT NULL,
	"issuing_country" text NOT NULL,
	"expires_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "given_name_latin" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "family_name_latin" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "gender" text DEFAULT 'NonSpecifiedUnknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "phones" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "address_street" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "address_city" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "address_postal_code" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_name" text GENERATED ALWAYS AS (person_search_name(given_name, family_name, given_name_latin, family_name_latin)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "person_household_members" ADD CONSTRAINT "person_household_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_household_members" ADD CONSTRAINT "person_household_members_member_id_people_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_household_members" ADD CONSTRAINT "person_household_members_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_identity_documents" ADD CONSTRAINT "person_identity_documents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_identity_documents" ADD CONSTRAINT "person_identity_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_household_members_member_idx" ON "person_household_members" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "person_identity_documents_person_idx" ON "person_identity_documents" USING btree ("person_id","position");--> statement-breakpoint
CREATE INDEX "person_identity_documents_number_idx" ON "person_identity_documents" USING btree ("number");--> statement-breakpoint
CREATE INDEX "people_search_name_trgm_idx" ON "people" USING gin ("search_name" gin_trgm_ops);