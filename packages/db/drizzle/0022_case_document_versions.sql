ALTER TABLE "case_documents" ADD COLUMN "category" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "expires_on" date;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "previous_id" uuid;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "replaced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "deleted_by" uuid;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "delete_reason" text;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_previous_id_case_documents_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."case_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_previous_idx" ON "case_documents" USING btree ("previous_id");--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_category_check" CHECK ("case_documents"."category" in ('identity', 'travel', 'medical', 'legal', 'consent', 'financial', 'correspondence', 'other'));--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_expiry_check" CHECK ("case_documents"."expires_on" is null or "case_documents"."category" in ('identity', 'travel'));--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_deleted_check" CHECK (("case_documents"."deleted_at" is null and "case_documents"."deleted_by" is null and "case_documents"."delete_reason" is null) or ("case_documents"."deleted_at" is not null and "case_documents"."deleted_by" is not null and "case_documents"."delete_reason" is not null));