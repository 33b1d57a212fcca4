CREATE TABLE "monitoring_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"date" date NOT NULL,
	"point_months" integer,
	"conducted_by" text DEFAULT '' NOT NULL,
	"situation" text NOT NULL,
	"concerns" text DEFAULT '' NOT NULL,
	"follow_up_needed" boolean NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "monitoring_visits_mode_check" CHECK ("monitoring_visits"."mode" in ('visit', 'call')),
	CONSTRAINT "monitoring_visits_situation_check" CHECK ("monitoring_visits"."situation" in ('stable', 'improving', 'fragile', 'critical')),
	CONSTRAINT "monitoring_visits_point_check" CHECK ("monitoring_visits"."point_months" is null or "monitoring_visits"."point_months" between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "reintegration_plans" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"economic_objective" text DEFAULT '' NOT NULL,
	"social_objective" text DEFAULT '' NOT NULL,
	"psychosocial_objective" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reintegration_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "reintegration_settings_key_check" CHECK ("reintegration_settings"."key" = 'office'),
	CONSTRAINT "reintegration_settings_currency_check" CHECK ("reintegration_settings"."currency" in ('EUR', 'USD', 'GBP', 'PLN', 'UAH', 'MDL', 'GEL', 'AMD', 'AZN', 'KZT', 'UZS', 'TJS', 'KGS', 'TRY', 'IQD', 'INR', 'LKR', 'VND', 'NGN'))
);
--> statement-breakpoint
CREATE TABLE "reintegration_support" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"amount" numeric(12, 2),
	"currency" text,
	"status" text NOT NULL,
	"planned_on" date,
	"delivered_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "reintegration_support_dimension_check" CHECK ("reintegration_support"."dimension" in ('economic', 'social', 'psychosocial')),
	CONSTRAINT "reintegration_support_kind_check" CHECK ("reintegration_support"."kind" in ('in_kind', 'cash')),
	CONSTRAINT "reintegration_support_status_check" CHECK ("reintegration_support"."status" in ('planned', 'in_progress', 'delivered', 'cancelled')),
	CONSTRAINT "reintegration_support_currency_check" CHECK ("reintegration_support"."currency" in ('EUR', 'USD', 'GBP', 'PLN', 'UAH', 'MDL', 'GEL', 'AMD', 'AZN', 'KZT', 'UZS', 'TJS', 'KGS', 'TRY', 'IQD', 'INR', 'LKR', 'VND', 'NGN')),
	CONSTRAINT "reintegration_support_amount_currency_check" CHECK (("reintegration_support"."amount" is null) = ("reintegration_support"."currency" is null)),
	CONSTRAINT "reintegration_support_amount_check" CHECK ("reintegration_support"."amount" is null or "reintegration_support"."amount" >= 0),
	CONSTRAINT "reintegration_support_cash_amount_check" CHECK ("reintegration_support"."kind" <> 'cash' or "reintegration_support"."amount" is not null),
	CONSTRAINT "reintegration_support_delivered_check" CHECK (("reintegration_support"."status" = 'delivered') = ("reintegration_support"."delivered_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "sustainability_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"case_id" uuid NOT NULL,
	"visit_id" uuid,
	"catalogue_id" text NOT NULL,
	"taken_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"economic_score" double precision,
	"social_score" double precision,
	"psychosocial_score" double precision,
	"composite_score" double precision,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sustainability_surveys_catalogue_id_check" CHECK ("sustainability_surveys"."catalogue_id" in ('iom-rss-v1')),
	CONSTRAINT "sustainability_surveys_scores_check" CHECK (coalesce("sustainability_surveys"."economic_score", 0) between 0 and 1 and coalesce("sustainability_surveys"."social_score", 0) between 0 and 1
        and coalesce("sustainability_surveys"."psychosocial_score", 0) between 0 and 1 and coalesce("sustainability_surveys"."composite_score", 0) between 0 and 1)
);
--> statement-breakpoint
ALTER TABLE "monitoring_visits" ADD CONSTRAINT "monitoring_visits_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_visits" ADD CONSTRAINT "monitoring_visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_visits" ADD CONSTRAINT "monitoring_visits_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_settings" ADD CONSTRAINT "reintegration_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_support" ADD CONSTRAINT "reintegration_support_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_support" ADD CONSTRAINT "reintegration_support_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_support" ADD CONSTRAINT "reintegration_support_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sustainability_surveys" ADD CONSTRAINT "sustainability_surveys_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sustainability_surveys" ADD CONSTRAINT "sustainability_surveys_visit_id_monitoring_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."monitoring_visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sustainability_surveys" ADD CONSTRAINT "sustainability_surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_visits_case_idx" ON "monitoring_visits" USING btree ("case_id","date");--> statement-breakpoint
CREATE INDEX "reintegration_support_case_idx" ON "reintegration_support" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "sustainability_surveys_case_idx" ON "sustainability_surveys" USING btree ("case_id","taken_on","seq");--> statement-breakpoint
-- hand-written
INSERT INTO "reintegration_settings" ("key", "currency") VALUES ('office', 'EUR') ON CONFLICT DO NOTHING;
