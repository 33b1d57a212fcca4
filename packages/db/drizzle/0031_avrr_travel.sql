CREATE TABLE "case_travel" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"medical_clearance" text,
	"clearance_date" date,
	"cleared_by" text DEFAULT '' NOT NULL,
	"escort_needed" text,
	"departed_on" date,
	"departure_confirmed_by" text DEFAULT '' NOT NULL,
	"departure_notes" text DEFAULT '' NOT NULL,
	"departure_recorded_by" uuid,
	"arrived_on" date,
	"arrival_confirmed_by" text DEFAULT '' NOT NULL,
	"arrival_notes" text DEFAULT '' NOT NULL,
	"arrival_recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_travel_medical_clearance_check" CHECK ("case_travel"."medical_clearance" in ('pending', 'cleared', 'not_cleared')),
	CONSTRAINT "case_travel_escort_needed_check" CHECK ("case_travel"."escort_needed" in ('none', 'medical', 'non_medical')),
	CONSTRAINT "case_travel_arrival_check" CHECK ("case_travel"."arrived_on" is null or ("case_travel"."departed_on" is not null and "case_travel"."arrived_on" >= "case_travel"."departed_on"))
);
--> statement-breakpoint
CREATE TABLE "case_travel_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"issuing_authority" text DEFAULT '' NOT NULL,
	"requested_on" date,
	"issued_on" date,
	"number" text DEFAULT '' NOT NULL,
	"expires_on" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_travel_documents_kind_check" CHECK ("case_travel_documents"."kind" in ('passport', 'emergency_travel_document')),
	CONSTRAINT "case_travel_documents_status_check" CHECK ("case_travel_documents"."status" in ('requested', 'issued', 'refused', 'cancelled')),
	CONSTRAINT "case_travel_documents_dates_check" CHECK (("case_travel_documents"."issued_on" is null or "case_travel_documents"."expires_on" is null or "case_travel_documents"."expires_on" > "case_travel_documents"."issued_on") and ("case_travel_documents"."status" <> 'issued' or ("case_travel_documents"."issued_on" is not null and "case_travel_documents"."expires_on" is not null)))
);
--> statement-breakpoint
CREATE TABLE "case_travel_legs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"carrier" text NOT NULL,
	"flight_number" text NOT NULL,
	"from_airport" text NOT NULL,
	"to_airport" text NOT NULL,
	"departs_at" text NOT NULL,
	"arrives_at" text NOT NULL,
	"escort" text DEFAULT 'none' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_travel_legs_escort_check" CHECK ("case_travel_legs"."escort" in ('none', 'medical', 'non_medical')),
	CONSTRAINT "case_travel_legs_airports_check" CHECK ("case_travel_legs"."from_airport" ~ '^[A-Z]{3}$' and "case_travel_legs"."to_airport" ~ '^[A-Z]{3}$' and "case_travel_legs"."from_airport" <> "case_travel_legs"."to_airport"),
	CONSTRAINT "case_travel_legs_times_check" CHECK ("case_travel_legs"."departs_at" ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$' and "case_travel_legs"."arrives_at" ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$')
);
--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" DROP CONSTRAINT "case_workflow_tasks_kind_check";--> statement-breakpoint
ALTER TABLE "case_travel" ADD CONSTRAINT "case_travel_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_travel" ADD CONSTRAINT "case_travel_departure_recorded_by_users_id_fk" FOREIGN KEY ("departure_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_travel" ADD CONSTRAINT "case_travel_arrival_recorded_by_users_id_fk" FOREIGN KEY ("arrival_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_travel" ADD CONSTRAINT "case_travel_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_travel_documents" ADD CONSTRAINT "case_travel_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_travel_documents" ADD CONSTRAINT "case_travel_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_travel_documents" ADD CONSTRAINT "case_travel_documents_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_travel_legs" ADD CONSTRAINT "case_travel_legs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_travel_legs" ADD CONSTRAINT "case_travel_legs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_travel_legs" ADD CONSTRAINT "case_travel_legs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_travel_documents_case_idx" ON "case_travel_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_travel_legs_case_idx" ON "case_travel_legs" USING btree ("case_id","departs_at");--> statement-breakpoint
ALTER TABLE "case_workflow_facts" DROP COLUMN "travel_documents_recorded";--> statement-breakpoint
ALTER TABLE "case_workflow_facts" DROP COLUMN "ticket_recorded";--> statement-breakpoint
ALTER TABLE "case_workflow_tasks" ADD CONSTRAINT "case_workflow_tasks_kind_check" CHECK ("case_workflow_tasks"."kind" in ('reintegration_contact', 'monitoring_3_months', 'monitoring_6_months', 'monitoring_12_months', 'reflection_period_ending', 'travel_document_expiring'));--> statement-breakpoint
-- hand-written
-- An expiring travel document raises one open task per case, however often it is checked
-- (on every write of a travel document, and at start-up): the API inserts with ON CONFLICT DO NOTHING.
CREATE UNIQUE INDEX "case_workflow_tasks_one_open_travel_expiry_idx" ON "case_workflow_tasks" ("case_id") WHERE "kind" = 'travel_document_expiring' AND "done_at" IS NULL;
