CREATE INDEX "survey_responses_created_idx" ON "survey_responses" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "request_events_reopened_idx" ON "request_events" USING btree ("request_id","at") WHERE "request_events"."type" = 'reopened';--> statement-breakpoint
CREATE INDEX "service_requests_closed_idx" ON "service_requests" USING btree ("closed_at");