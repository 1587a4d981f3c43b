-- Imported history is not news: an import writes hundreds of thousands of timeline events at once, and
-- announcing each on civic311_events would flood every open staff screen and the notification queue of
-- every app process. Events marked `imported` (server/modules/imports) are therefore not announced; screens
-- see imported requests when they next read their lists.
CREATE OR REPLACE FUNCTION civic311_notify_request_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  req record;
BEGIN
  IF NEW.data ? 'imported' THEN RETURN NULL; END IF;
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
