CREATE INDEX "case_services_delivered_idx" ON "case_services" USING btree ("delivered_on","type");--> statement-breakpoint
CREATE INDEX "cases_programme_closed_idx" ON "cases" USING btree ("programme","closed_at") WHERE "cases"."closed_at" is not null;--> statement-breakpoint
CREATE INDEX "case_state_history_state_at_idx" ON "case_state_history" USING btree ("to_state","at","case_id");