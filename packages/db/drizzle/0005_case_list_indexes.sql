CREATE INDEX "cases_opened_idx" ON "cases" USING btree ("opened_at","id");--> statement-breakpoint
CREATE INDEX "cases_programme_opened_idx" ON "cases" USING btree ("programme","opened_at","id");