CREATE SEQUENCE "public"."report_dirty_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "report_contact_articles" (
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"article_id" integer NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_contact_destinations" (
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"destination_id" integer NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_contact_hours" (
	"hour" timestamp NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"contacts" integer NOT NULL,
	"abandoned" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_contacts" (
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"operator_user_id" integer,
	"contacts" integer NOT NULL,
	"handled" integer NOT NULL,
	"abandoned" integer NOT NULL,
	"resolved" integer NOT NULL,
	"transferred" integer NOT NULL,
	"referred" integer NOT NULL,
	"seconds" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_dirty_days" (
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "report_dirty_days_kind_day_pk" PRIMARY KEY("kind","day")
);
--> statement-breakpoint
CREATE TABLE "report_requests_closed" (
	"day" date NOT NULL,
	"service_type_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"district" text,
	"channel" text NOT NULL,
	"closed" integer NOT NULL,
	"duplicates" integer NOT NULL,
	"timed" integer NOT NULL,
	"on_time" integer NOT NULL,
	"late" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_requests_opened" (
	"day" date NOT NULL,
	"service_type_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"district" text,
	"channel" text NOT NULL,
	"opened" integer NOT NULL,
	"reopened" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_rollup_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"time_zone" text NOT NULL,
	"mark_through" date,
	"built_through" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "report_contact_articles_day_idx" ON "report_contact_articles" USING btree ("day");--> statement-breakpoint
CREATE INDEX "report_contact_destinations_day_idx" ON "report_contact_destinations" USING btree ("day");--> statement-breakpoint
CREATE INDEX "report_contact_hours_day_idx" ON "report_contact_hours" USING btree ("day");--> statement-breakpoint
CREATE INDEX "report_contacts_day_idx" ON "report_contacts" USING btree ("day");--> statement-breakpoint
CREATE INDEX "report_requests_closed_day_idx" ON "report_requests_closed" USING btree ("day");--> statement-breakpoint
CREATE INDEX "report_requests_opened_day_idx" ON "report_requests_opened" USING btree ("day");--> statement-breakpoint
-- A change to a request or contact on a day the rollups already hold marks that day dirty, in the same
-- transaction, so dashboards count it live until the worker rebuilds it (ADR 0011). Days after
-- mark_through (today, mostly) are never in the rollups and are not marked: new work costs one lookup.
CREATE FUNCTION civic311_report_mark(k text, at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  st record;
  d date;
BEGIN
  IF at IS NULL THEN RETURN; END IF;
  SELECT time_zone, mark_through INTO st FROM report_rollup_state WHERE id = 1;
  IF st.mark_through IS NULL THEN RETURN; END IF;
  d := (at AT TIME ZONE st.time_zone)::date;
  IF d > st.mark_through THEN RETURN; END IF;
  INSERT INTO report_dirty_days (kind, day, seq) VALUES (k, d, nextval('report_dirty_seq'))
    ON CONFLICT (kind, day) DO UPDATE SET seq = EXCLUDED.seq;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION civic311_report_requests_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  dims boolean;
  closing boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM civic311_report_mark('requests', NEW.created_at);
    IF NEW.status = 'closed' THEN PERFORM civic311_report_mark('requests', NEW.closed_at); END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM civic311_report_mark('requests', OLD.created_at);
    PERFORM civic311_report_mark('requests', OLD.closed_at);
    RETURN NULL;
  END IF;
  dims := (OLD.service_type_id, OLD.department_id, OLD.district, OLD.channel, OLD.created_at)
    IS DISTINCT FROM (NEW.service_type_id, NEW.department_id, NEW.district, NEW.channel, NEW.created_at);
  closing := (OLD.status = 'closed', OLD.closed_at, OLD.close_reason, OLD.due_at)
    IS DISTINCT FROM (NEW.status = 'closed', NEW.closed_at, NEW.close_reason, NEW.due_at);
  IF dims THEN
    PERFORM civic311_report_mark('requests', OLD.created_at);
    PERFORM civic311_report_mark('requests', NEW.created_at);
  END IF;
  IF dims OR closing THEN
    IF OLD.status = 'closed' THEN PERFORM civic311_report_mark('requests', OLD.closed_at); END IF;
    IF NEW.status = 'closed' THEN PERFORM civic311_report_mark('requests', NEW.closed_at); END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER service_requests_report AFTER INSERT OR UPDATE OR DELETE ON service_requests
  FOR EACH ROW EXECUTE FUNCTION civic311_report_requests_changed();
--> statement-breakpoint
-- A reopen changes the reopen count of the day the request was made, and first-contact resolution of the
-- contacts that made or linked it in the 7 days before.
CREATE FUNCTION civic311_report_reopened() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.type <> 'reopened' THEN RETURN NULL; END IF;
  PERFORM civic311_report_mark('requests', (SELECT created_at FROM service_requests WHERE id = NEW.request_id));
  PERFORM civic311_report_mark('contacts', i.started_at)
    FROM interaction_requests ir JOIN interactions i ON i.id = ir.interaction_id
    WHERE ir.request_id = NEW.request_id AND i.started_at > NEW.at - interval '7 days' AND i.started_at <= NEW.at;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER request_events_report AFTER INSERT ON request_events
  FOR EACH ROW EXECUTE FUNCTION civic311_report_reopened();
--> statement-breakpoint
CREATE FUNCTION civic311_report_contact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM civic311_report_mark('contacts', OLD.started_at); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM civic311_report_mark('contacts', NEW.started_at); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER interactions_report AFTER INSERT OR UPDATE OR DELETE ON interactions
  FOR EACH ROW EXECUTE FUNCTION civic311_report_contact_changed();
--> statement-breakpoint
CREATE FUNCTION civic311_report_contact_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM civic311_report_mark('contacts', (SELECT started_at FROM interactions
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.interaction_id ELSE NEW.interaction_id END));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER interaction_articles_report AFTER INSERT OR UPDATE OR DELETE ON interaction_articles
  FOR EACH ROW EXECUTE FUNCTION civic311_report_contact_part_changed();
--> statement-breakpoint
CREATE TRIGGER interaction_requests_report AFTER INSERT OR UPDATE OR DELETE ON interaction_requests
  FOR EACH ROW EXECUTE FUNCTION civic311_report_contact_part_changed();
