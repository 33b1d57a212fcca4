CREATE TABLE "case_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "case_approvals_status_check" CHECK ("case_approvals"."status" in ('pending', 'approved', 'rejected', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "case_state_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"moved_by" uuid NOT NULL,
	"approval_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_workflow_facts" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"eligibility_criterion" text,
	"voluntary_decision_recorded" boolean DEFAULT false NOT NULL,
	"destination_country" text,
	"travel_documents_recorded" boolean DEFAULT false NOT NULL,
	"ticket_recorded" boolean DEFAULT false NOT NULL,
	"arrival_date" date,
	"vulnerability_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"durable_solution_kind" text,
	"contract_red_flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_workflow_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_date" date NOT NULL,
	"history_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid
);
--> statement-breakpoint
CREATE TABLE "unsafe_destination_list" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unsafe_destination_list_single_row" CHECK ("unsafe_destination_list"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "unsafe_destinations" (
	"country_code" text PRIMARY KEY NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_approvals" ADD CONSTRAINT "case_approvals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_approvals" ADD CONSTRAINT "case_approvals_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_approvals" ADD CONSTRAINT "case_approvals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_state_history" ADD CONSTRAINT "case_state_history_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_state_history" ADD CONSTRAINT "case_state_history_moved_by_users_id_fk" FOREIGN KEY ("moved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_state_history" ADD CONSTRAINT "case_state_history_approval_id_case_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."case_approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_workflow_facts" ADD CONSTRAINT "case_workflow_facts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_workflow_facts" ADD CONSTRAINT "case_workflow_facts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD CONSTRAINT "case_workflow_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD CONSTRAINT "case_workflow_tasks_history_id_case_state_history_id_fk" FOREIGN KEY ("history_id") REFERENCES "public"."case_state_history"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD CONSTRAINT "case_workflow_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD CONSTRAINT "case_workflow_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unsafe_destination_list" ADD CONSTRAINT "unsafe_destination_list_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unsafe_destinations" ADD CONSTRAINT "unsafe_destinations_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_approvals_case_idx" ON "case_approvals" USING btree ("case_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_approvals_one_pending_idx" ON "case_approvals" USING btree ("case_id") WHERE "case_approvals"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "case_state_history_case_idx" ON "case_state_history" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_workflow_tasks_case_idx" ON "case_workflow_tasks" USING btree ("case_id","due_date");--> statement-breakpoint
-- The unsafe-destinations list exists from the start, empty: its contents are data an administrator
-- sets (domain brief section 4), never invented here. Without this row the workflows would approve no return.
INSERT INTO "unsafe_destination_list" ("id", "version") VALUES (1, 1) ON CONFLICT DO NOTHING;