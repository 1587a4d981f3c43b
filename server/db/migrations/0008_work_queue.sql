CREATE TABLE "saved_views" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "saved_views_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_views_user_name_idx" ON "saved_views" USING btree ("user_id","name");--> statement-breakpoint
CREATE INDEX "service_requests_queue_idx" ON "service_requests" USING btree (("status" = 'closed'),coalesce("due_at", 'infinity'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "service_requests_dept_queue_idx" ON "service_requests" USING btree ("department_id",("status" = 'closed'),coalesce("due_at", 'infinity'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "service_requests_district_idx" ON "service_requests" USING btree ("district","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
-- Live updates: every timeline row announces itself on channel civic311_events when its transaction commits
-- (NOTIFY is transactional), so every app process LISTENing on the database hears it, whichever process wrote
-- it. The payload names the request and its department (and, for a reassignment, the department it left) so
-- each process can pass it only to the users who may read that request. Nothing personal is in it.
CREATE FUNCTION civic311_notify_request_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  req record;
BEGIN
  SELECT number, department_id INTO req FROM service_requests WHERE id = NEW.request_id;
  PERFORM pg_notify('civic311_events', json_build_object(
    'eventId', NEW.id,
    'type', NEW.type,
    'requestId', NEW.request_id,
    'number', req.number,
    'departmentId', req.department_id,
    'fromDepartmentId', CASE WHEN NEW.data ? 'fromDepartmentId' THEN (NEW.data->>'fromDepartmentId')::int END
  )::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER request_events_notify AFTER INSERT ON request_events
  FOR EACH ROW EXECUTE FUNCTION civic311_notify_request_event();
