CREATE TABLE "agent_state_periods" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agent_state_periods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"state" text NOT NULL,
	"reason" text,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"call_id" integer,
	"changed_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agent_states" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"reason" text,
	"since" timestamp with time zone NOT NULL,
	"call_id" integer
);
--> statement-breakpoint
CREATE TABLE "call_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "call_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"call_id" integer NOT NULL,
	"key" text NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calls_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"from_number" text,
	"to_number" text,
	"constituent_id" integer,
	"language" text,
	"arrived_at" timestamp with time zone NOT NULL,
	"queued_at" timestamp with time zone,
	"offered_at" timestamp with time zone,
	"offered_to_user_id" integer,
	"answered_at" timestamp with time zone,
	"answered_by_user_id" integer,
	"transferred_at" timestamp with time zone,
	"transfer_target" text,
	"abandoned_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"queue_seconds" integer,
	"self_service" text[] DEFAULT '{}'::text[] NOT NULL,
	"callback_requested_at" timestamp with time zone,
	"callback_number" text,
	"callback_done_at" timestamp with time zone,
	"callback_by_user_id" integer,
	"interaction_id" integer,
	"callback_interaction_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kb_articles" ADD COLUMN "phone_answer" text;--> statement-breakpoint
ALTER TABLE "agent_state_periods" ADD CONSTRAINT "agent_state_periods_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_state_periods" ADD CONSTRAINT "agent_state_periods_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_states" ADD CONSTRAINT "agent_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_states" ADD CONSTRAINT "agent_states_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_events" ADD CONSTRAINT "call_events_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_constituent_id_constituents_id_fk" FOREIGN KEY ("constituent_id") REFERENCES "public"."constituents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_offered_to_user_id_users_id_fk" FOREIGN KEY ("offered_to_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_callback_by_user_id_users_id_fk" FOREIGN KEY ("callback_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_interaction_id_interactions_id_fk" FOREIGN KEY ("interaction_id") REFERENCES "public"."interactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_callback_interaction_id_interactions_id_fk" FOREIGN KEY ("callback_interaction_id") REFERENCES "public"."interactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agent_state_periods_user_idx" ON "agent_state_periods" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE INDEX "agent_state_periods_started_idx" ON "agent_state_periods" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "call_events_key_idx" ON "call_events" USING btree ("key");--> statement-breakpoint
CREATE INDEX "call_events_call_idx" ON "call_events" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calls_external_idx" ON "calls" USING btree ("source","external_id");--> statement-breakpoint
CREATE INDEX "calls_arrived_idx" ON "calls" USING btree ("arrived_at");--> statement-breakpoint
CREATE INDEX "calls_queued_idx" ON "calls" USING btree ("queued_at");--> statement-breakpoint
CREATE INDEX "calls_answered_by_idx" ON "calls" USING btree ("answered_by_user_id","answered_at");--> statement-breakpoint
CREATE INDEX "calls_interaction_idx" ON "calls" USING btree ("interaction_id");