ALTER TABLE "users" ADD COLUMN "handover_pending_by" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "handover_pending_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_handover_pending_by_users_id_fk" FOREIGN KEY ("handover_pending_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_restricted_programme_idx" ON "cases" USING btree ("programme","opened_at") WHERE "cases"."restricted";