CREATE TABLE "case_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"topic" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"rating" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"resolved_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_feedback_kind_check" CHECK ("case_feedback"."kind" in ('satisfaction', 'complaint', 'suggestion')),
	CONSTRAINT "case_feedback_channel_check" CHECK ("case_feedback"."channel" in ('in_person', 'phone', 'hotline', 'email', 'letter', 'online_form', 'complaints_box', 'other')),
	CONSTRAINT "case_feedback_status_check" CHECK ("case_feedback"."status" in ('open', 'resolved')),
	CONSTRAINT "case_feedback_rating_check" CHECK ("case_feedback"."rating" is null or "case_feedback"."rating" between 1 and 5),
	CONSTRAINT "case_feedback_resolved_check" CHECK (("case_feedback"."status" = 'resolved') = ("case_feedback"."resolved_on" is not null) and ("case_feedback"."resolved_on" is null or "case_feedback"."resolved_on" >= "case_feedback"."received_on"))
);
--> statement-breakpoint
ALTER TABLE "field_changes" DROP CONSTRAINT "field_changes_record_check";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "referral_source" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "referral_source_detail" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_feedback_case_idx" ON "case_feedback" USING btree ("case_id","received_on");--> statement-breakpoint
CREATE INDEX "case_feedback_received_idx" ON "case_feedback" USING btree ("received_on","kind");--> statement-breakpoint
CREATE INDEX "case_feedback_resolved_idx" ON "case_feedback" USING btree ("resolved_on") WHERE "case_feedback"."resolved_on" is not null;--> statement-breakpoint
CREATE INDEX "case_feedback_open_idx" ON "case_feedback" USING btree ("kind","case_id") WHERE "case_feedback"."status" = 'open';--> statement-breakpoint
CREATE INDEX "cases_programme_referral_source_opened_idx" ON "cases" USING btree ("programme","referral_source","opened_at");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_referral_source_check" CHECK ("cases"."referral_source" in ('self_referral', 'police', 'border_guard', 'hotline', 'ngo', 'consulate', 'detention', 'labour_inspectorate', 'social_services', 'health_care', 'internal', 'other'));--> statement-breakpoint
ALTER TABLE "field_changes" ADD CONSTRAINT "field_changes_record_check" CHECK ("field_changes"."record" in ('person', 'sensitive_note', 'workflow_facts', 'service', 'referral_source', 'feedback'));