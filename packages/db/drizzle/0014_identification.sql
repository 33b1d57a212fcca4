CREATE TABLE "identification_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"screening_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"proposal_id" uuid,
	"outcome" text,
	"status" text NOT NULL,
	"deciding_organisation" text,
	"reason" text DEFAULT '' NOT NULL,
	"screening_version" integer NOT NULL,
	"indicator_catalogue_id" text NOT NULL,
	"facts" jsonb NOT NULL,
	"assessment" jsonb NOT NULL,
	"actor_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "identification_decisions_shape" CHECK (("identification_decisions"."kind" = 'proposal' and "identification_decisions"."proposal_id" is null and "identification_decisions"."outcome" is null)
        or ("identification_decisions"."kind" = 'decision' and "identification_decisions"."proposal_id" is not null and "identification_decisions"."outcome" in ('confirm', 'overrule')
            and "identification_decisions"."deciding_organisation" is not null and length("identification_decisions"."reason") > 0))
);
--> statement-breakpoint
CREATE TABLE "reflection_period_length_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" text NOT NULL,
	"days" integer,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reflection_period_lengths" (
	"country_code" text PRIMARY KEY NOT NULL,
	"days" integer NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "reflection_period_lengths_days" CHECK ("reflection_period_lengths"."days" between 30 and 365)
);
--> statement-breakpoint
CREATE TABLE "trafficking_screening_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"screening_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"facts" jsonb NOT NULL,
	"profile" jsonb NOT NULL,
	"saved_by" uuid NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trafficking_screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"source_case_id" uuid,
	"facts" jsonb NOT NULL,
	"indicator_catalogue_id" text NOT NULL,
	"assessment" jsonb NOT NULL,
	"types_of_exploitation" text[] DEFAULT '{}'::text[] NOT NULL,
	"methods_of_control" text[] DEFAULT '{}'::text[] NOT NULL,
	"sexual_exploitation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"forced_labour_industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"recruitment_methods" text[] DEFAULT '{}'::text[] NOT NULL,
	"relationship_to_trafficker" text,
	"country_of_exploitation" text,
	"reflection_country" text,
	"reflection_days" integer,
	"reflection_starts_on" date,
	"reflection_ends_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "trafficking_screenings_caseId_unique" UNIQUE("case_id")
);
--> statement-breakpoint
ALTER TABLE "identification_decisions" ADD CONSTRAINT "identification_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identification_decisions" ADD CONSTRAINT "identification_decisions_screening_id_trafficking_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."trafficking_screenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identification_decisions" ADD CONSTRAINT "identification_decisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_period_length_changes" ADD CONSTRAINT "reflection_period_length_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_period_lengths" ADD CONSTRAINT "reflection_period_lengths_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trafficking_screening_revisions" ADD CONSTRAINT "trafficking_screening_revisions_screening_id_trafficking_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."trafficking_screenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trafficking_screening_revisions" ADD CONSTRAINT "trafficking_screening_revisions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trafficking_screenings" ADD CONSTRAINT "trafficking_screenings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trafficking_screenings" ADD CONSTRAINT "trafficking_screenings_source_case_id_cases_id_fk" FOREIGN KEY ("source_case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trafficking_screenings" ADD CONSTRAINT "trafficking_screenings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trafficking_screenings" ADD CONSTRAINT "trafficking_screenings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identification_decisions_case_idx" ON "identification_decisions" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "identification_decisions_one_per_proposal_idx" ON "identification_decisions" USING btree ("proposal_id") WHERE "identification_decisions"."kind" = 'decision';--> statement-breakpoint
CREATE INDEX "reflection_period_length_changes_country_idx" ON "reflection_period_length_changes" USING btree ("country_code","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trafficking_screening_revisions_version_idx" ON "trafficking_screening_revisions" USING btree ("screening_id","version");--> statement-breakpoint
CREATE INDEX "trafficking_screenings_source_idx" ON "trafficking_screenings" USING btree ("source_case_id");