CREATE TABLE "reference_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"entity_id" text NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"change" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_en" text,
	"name_lt" text,
	"programmes" text[] DEFAULT '{}'::text[] NOT NULL,
	"default_unit_cost" numeric(12, 2),
	"currency" text,
	"active" boolean DEFAULT true NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_types_names_check" CHECK (("service_types"."name_en" is null) = ("service_types"."name_lt" is null)),
	CONSTRAINT "service_types_named_check" CHECK ("service_types"."built_in" or "service_types"."name_en" is not null),
	CONSTRAINT "service_types_cost_currency_check" CHECK (("service_types"."default_unit_cost" is null) = ("service_types"."currency" is null)),
	CONSTRAINT "service_types_cost_check" CHECK ("service_types"."default_unit_cost" is null or "service_types"."default_unit_cost" >= 0)
);
--> statement-breakpoint
CREATE TABLE "set_password_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "reference_history" ADD CONSTRAINT "reference_history_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_types" ADD CONSTRAINT "service_types_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_types" ADD CONSTRAINT "service_types_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "set_password_tokens" ADD CONSTRAINT "set_password_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "set_password_tokens" ADD CONSTRAINT "set_password_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reference_history_entity_idx" ON "reference_history" USING btree ("kind","entity_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_types_code_key" ON "service_types" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "set_password_tokens_hash_key" ON "set_password_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "set_password_tokens_user_idx" ON "set_password_tokens" USING btree ("user_id");--> statement-breakpoint
-- The built-in service types: the HTCDS support-plan types and the programmes' own services (names in the catalogs).
INSERT INTO "service_types" ("code", "built_in") VALUES
  ('Education', true),
  ('Financial', true),
  ('Health', true),
  ('LabourExploitationRehabilitation', true),
  ('Legal', true),
  ('Livelihood', true),
  ('RightsBasedTraining', true),
  ('SexualExploitationRehabilitation', true),
  ('SocialCare', true),
  ('ticket', true),
  ('reintegration_grant', true),
  ('accommodation', true),
  ('interpretation', true),
  ('transport', true),
  ('material_assistance', true)
ON CONFLICT DO NOTHING;
