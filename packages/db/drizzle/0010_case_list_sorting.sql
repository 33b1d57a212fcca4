CREATE INDEX "cases_updated_idx" ON "cases" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "cases_programme_updated_idx" ON "cases" USING btree ("programme","updated_at","id");