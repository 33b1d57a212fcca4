ALTER TABLE "people" ALTER COLUMN "search_name" DROP EXPRESSION;--> statement-breakpoint
ALTER TABLE "people" ALTER COLUMN "search_name" SET DEFAULT '';--> statement-breakpoint
ALTER TABLE "case_notes" ADD COLUMN "search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "case_notes" ADD COLUMN "search_key_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "case_sensitive_notes" ADD COLUMN "search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "case_sensitive_notes" ADD COLUMN "search_key_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_key_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "case_notes_search_idx" ON "case_notes" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "case_notes_search_key_version_idx" ON "case_notes" USING btree ("search_key_version");--> statement-breakpoint
CREATE INDEX "case_sensitive_notes_search_idx" ON "case_sensitive_notes" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "case_sensitive_notes_search_key_version_idx" ON "case_sensitive_notes" USING btree ("search_key_version");--> statement-breakpoint
CREATE INDEX "cases_reference_trgm_idx" ON "cases" USING gin ("reference" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_date_of_birth_idx" ON "people" USING btree ("date_of_birth");--> statement-breakpoint
CREATE INDEX "people_phones_idx" ON "people" USING gin ("phones");--> statement-breakpoint
CREATE INDEX "people_search_key_version_idx" ON "people" USING btree ("search_key_version");--> statement-breakpoint
-- hand-written
-- The search columns are written by the API (the transliteration runs in the domain, not in SQL):
-- every row here has search_key_version 0, so the start-up backfill (refreshSearchKeys in
-- @kelias/db) computes them after this migration; search_name keeps the old folding until then.
-- The SQL folding the generated column used is no longer used by anything.
DROP FUNCTION IF EXISTS person_search_name(text, text, text, text);
