CREATE TABLE "families" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "families_programme_check" CHECK ("families"."programme" in ('avrr', 'counter_trafficking', 'social_assistance', 'labour_migration'))
);
--> statement-breakpoint
CREATE TABLE "family_members" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"family_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "family_members_relationship_check" CHECK ("family_members"."relationship" in ('head', 'spouse', 'child', 'parent', 'sibling', 'other'))
);
--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "family_members_family_idx" ON "family_members" USING btree ("family_id");--> statement-breakpoint
CREATE UNIQUE INDEX "family_members_one_head_key" ON "family_members" USING btree ("family_id") WHERE "family_members"."relationship" = 'head';--> statement-breakpoint
-- hand-written
-- A member's case is in the family's programme (one programme per family), whoever writes the row.
CREATE FUNCTION family_member_programme_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM cases c JOIN families f ON f.id = NEW.family_id
    WHERE c.id = NEW.case_id AND c.programme = f.programme
  ) THEN
    RAISE EXCEPTION 'family member % is not in the family''s programme', NEW.case_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER family_members_programme BEFORE INSERT OR UPDATE ON family_members
  FOR EACH ROW EXECUTE FUNCTION family_member_programme_check();
--> statement-breakpoint
-- A case in a family keeps the family's programme.
CREATE FUNCTION family_case_programme_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM family_members m JOIN families f ON f.id = m.family_id
    WHERE m.case_id = NEW.id AND f.programme <> NEW.programme
  ) THEN
    RAISE EXCEPTION 'case % belongs to a family of another programme', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER cases_family_programme BEFORE UPDATE OF programme ON cases
  FOR EACH ROW EXECUTE FUNCTION family_case_programme_check();
