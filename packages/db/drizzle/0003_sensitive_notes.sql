CREATE TABLE "case_sensitive_notes" (
	"case_id" uuid NOT NULL,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_sensitive_notes_case_id_category_pk" PRIMARY KEY("case_id","category")
);
--> statement-breakpoint
ALTER TABLE "case_sensitive_notes" ADD CONSTRAINT "case_sensitive_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sensitive_notes" ADD CONSTRAINT "case_sensitive_notes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;