DROP INDEX "case_assignments_user_idx";--> statement-breakpoint
CREATE INDEX "case_assignments_user_idx" ON "case_assignments" USING btree ("user_id","case_id");