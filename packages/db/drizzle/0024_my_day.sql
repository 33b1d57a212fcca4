CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "case_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"place" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"attendee_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_appointments_kind_check" CHECK ("case_appointments"."kind" in ('counselling', 'embassy_visit', 'flight', 'medical', 'legal', 'interview', 'home_visit', 'other')),
	CONSTRAINT "case_appointments_duration_check" CHECK ("case_appointments"."duration_minutes" between 5 and 1440),
	CONSTRAINT "case_appointments_cancelled_check" CHECK (("case_appointments"."cancelled_at" is null) = ("case_appointments"."cancelled_by" is null))
);
--> statement-breakpoint
ALTER TABLE "case_tasks" ADD COLUMN "priority" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD COLUMN "priority" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_attendee_id_users_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_appointments_case_idx" ON "case_appointments" USING btree ("case_id","starts_at");--> statement-breakpoint
CREATE INDEX "case_appointments_starts_idx" ON "case_appointments" USING btree ("starts_at","case_id");--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD CONSTRAINT "case_workflow_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_tasks_assignee_open_idx" ON "case_tasks" USING btree ("assignee_id","due_date") WHERE "case_tasks"."done_at" is null and "case_tasks"."assignee_id" is not null;--> statement-breakpoint
CREATE INDEX "case_workflow_tasks_assignee_open_idx" ON "case_workflow_tasks" USING btree ("assignee_id","due_date") WHERE "case_workflow_tasks"."done_at" is null and "case_workflow_tasks"."assignee_id" is not null;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_priority_check" CHECK ("case_tasks"."priority" in ('high', 'normal', 'low'));--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD CONSTRAINT "case_workflow_tasks_priority_check" CHECK ("case_workflow_tasks"."priority" in ('high', 'normal', 'low'));