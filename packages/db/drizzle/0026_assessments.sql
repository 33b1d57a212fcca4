CREATE TABLE "case_assessment_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"assessed_on" date NOT NULL,
	"risk_level" text NOT NULL,
	"review_due" date NOT NULL,
	"content" jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_assessment_revisions_risk_level_check" CHECK ("case_assessment_revisions"."risk_level" in ('low', 'medium', 'high'))
);
--> statement-breakpoint
CREATE TABLE "case_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"assessed_on" date NOT NULL,
	"risk_level" text NOT NULL,
	"review_due" date NOT NULL,
	"content" jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"review_task_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_assessments_kind_check" CHECK ("case_assessments"."kind" in ('needs', 'vulnerability')),
	CONSTRAINT "case_assessments_risk_level_check" CHECK ("case_assessments"."risk_level" in ('low', 'medium', 'high'))
);
--> statement-breakpoint
CREATE TABLE "risk_review_interval_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"risk_level" text NOT NULL,
	"days" integer NOT NULL,
	"version" integer NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_review_interval_changes_risk_level_check" CHECK ("risk_review_interval_changes"."risk_level" in ('medium', 'low'))
);
--> statement-breakpoint
CREATE TABLE "risk_review_intervals" (
	"risk_level" text PRIMARY KEY NOT NULL,
	"days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "risk_review_intervals_risk_level_check" CHECK ("risk_review_intervals"."risk_level" in ('medium', 'low')),
	CONSTRAINT "risk_review_intervals_days" CHECK ("risk_review_intervals"."days" between 8 and 365)
);
--> statement-breakpoint
ALTER TABLE "case_assessment_revisions" ADD CONSTRAINT "case_assessment_revisions_assessment_id_case_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."case_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assessment_revisions" ADD CONSTRAINT "case_assessment_revisions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assessments" ADD CONSTRAINT "case_assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assessments" ADD CONSTRAINT "case_assessments_review_task_id_case_tasks_id_fk" FOREIGN KEY ("review_task_id") REFERENCES "public"."case_tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assessments" ADD CONSTRAINT "case_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assessments" ADD CONSTRAINT "case_assessments_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_review_interval_changes" ADD CONSTRAINT "risk_review_interval_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_review_intervals" ADD CONSTRAINT "risk_review_intervals_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_assessment_revisions_version_key" ON "case_assessment_revisions" USING btree ("assessment_id","version");--> statement-breakpoint
CREATE INDEX "case_assessments_case_idx" ON "case_assessments" USING btree ("case_id","assessed_on","updated_at");--> statement-breakpoint
CREATE INDEX "risk_review_interval_changes_level_idx" ON "risk_review_interval_changes" USING btree ("risk_level","changed_at");--> statement-breakpoint
-- hand-written
-- The review intervals of the lower risk levels (high risk is always 7 days, in the domain).
INSERT INTO "risk_review_intervals" ("risk_level", "days") VALUES ('medium', 30), ('low', 90);
--> statement-breakpoint
-- The revisions of an assessment are its history: never rewritten (they go with their case).
CREATE TRIGGER case_assessment_revisions_append_only
  BEFORE UPDATE ON case_assessment_revisions
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
--> statement-breakpoint
-- The changes of the review intervals are append-only, like the other reference histories.
CREATE TRIGGER risk_review_interval_changes_append_only
  BEFORE UPDATE OR DELETE ON risk_review_interval_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER risk_review_interval_changes_no_truncate
  BEFORE TRUNCATE ON risk_review_interval_changes
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
