CREATE TABLE "field_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"record" text NOT NULL,
	"person_id" uuid,
	"case_id" uuid,
	"record_key" text NOT NULL,
	"field" text NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb,
	"category" text,
	CONSTRAINT "field_changes_record_check" CHECK ("field_changes"."record" in ('person', 'sensitive_note', 'workflow_facts', 'service')),
	CONSTRAINT "field_changes_category_check" CHECK ("field_changes"."category" in ('health', 'trafficking', 'identity_documents')),
	CONSTRAINT "field_changes_owner_check" CHECK (case when "field_changes"."record" = 'person' then "field_changes"."person_id" is not null and "field_changes"."case_id" is null else "field_changes"."case_id" is not null and "field_changes"."person_id" is null end)
);
--> statement-breakpoint
ALTER TABLE "field_changes" ADD CONSTRAINT "field_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_changes" ADD CONSTRAINT "field_changes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_changes" ADD CONSTRAINT "field_changes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "field_changes_person_idx" ON "field_changes" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "field_changes_case_idx" ON "field_changes" USING btree ("case_id","record","record_key","at");--> statement-breakpoint
CREATE INDEX "field_changes_change_idx" ON "field_changes" USING btree ("change_id");--> statement-breakpoint
-- hand-written
-- Field history is evidence of who changed what: the database refuses to rewrite it. Rows still go
-- with the person or case they are about (the cascades above), so no delete trigger.
CREATE TRIGGER field_changes_append_only
  BEFORE UPDATE ON field_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
