DROP INDEX "service_requests_created_idx";--> statement-breakpoint
DROP INDEX "service_requests_dept_status_idx";--> statement-breakpoint
DROP INDEX "service_requests_service_idx";--> statement-breakpoint
CREATE INDEX "service_requests_created_idx" ON "service_requests" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "service_requests_dept_status_idx" ON "service_requests" USING btree ("department_id","status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "service_requests_service_idx" ON "service_requests" USING btree ("service_type_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);