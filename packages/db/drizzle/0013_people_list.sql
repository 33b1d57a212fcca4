CREATE INDEX "people_created_idx" ON "people" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "people_created_by_idx" ON "people" USING btree ("created_by","created_at");