CREATE TABLE "case_assignee_counts" (
	"programme" text NOT NULL,
	"state" text NOT NULL,
	"user_id" uuid NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "case_assignee_counts_programme_user_id_state_pk" PRIMARY KEY("programme","user_id","state")
);
--> statement-breakpoint
CREATE TABLE "case_month_counts" (
	"programme" text NOT NULL,
	"month" text NOT NULL,
	"opened" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_month_counts_programme_month_pk" PRIMARY KEY("programme","month")
);
--> statement-breakpoint
CREATE TABLE "case_state_counts" (
	"programme" text NOT NULL,
	"state" text NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "case_state_counts_programme_state_pk" PRIMARY KEY("programme","state")
);
--> statement-breakpoint
DROP INDEX "case_services_delivered_idx";--> statement-breakpoint
ALTER TABLE "case_services" ADD COLUMN "programme" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "next_task_due" date;--> statement-breakpoint
ALTER TABLE "case_assignee_counts" ADD CONSTRAINT "case_assignee_counts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_services_programme_delivered_idx" ON "case_services" USING btree ("programme","delivered_on","type","currency","case_id","quantity","cost");--> statement-breakpoint
CREATE INDEX "case_assignments_co_idx" ON "case_assignments" USING btree ("case_id","user_id") WHERE "case_assignments"."kind" = 'co';--> statement-breakpoint
CREATE INDEX "cases_programme_next_task_due_idx" ON "cases" USING btree ("programme","next_task_due","state","owner_id","id") WHERE "cases"."next_task_due" is not null;--> statement-breakpoint
CREATE INDEX "case_workflow_tasks_open_idx" ON "case_workflow_tasks" USING btree ("case_id","due_date") WHERE "case_workflow_tasks"."done_at" is null;--> statement-breakpoint
-- The counts are kept by statement triggers over the transition tables: each statement's changes are
-- added up in one upsert per key, so a bulk import costs one aggregate, not a million row updates.
-- A case's assignee counts follow its state; an assignment's follow the case it joins. Every upsert
-- takes its rows in key order, so that concurrent statements lock the count rows in one order.
-- The office's calendar month of an instant: OFFICE_TIME_ZONE in packages/domain (a test holds the
-- two together).
CREATE FUNCTION office_month(at timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT to_char(at AT TIME ZONE 'Europe/Vilnius', 'YYYY-MM')
$$;
--> statement-breakpoint
CREATE FUNCTION case_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_state_counts AS c (programme, state, cases)
    SELECT programme, state, count(*) FROM inserted_cases GROUP BY programme, state ORDER BY programme, state
  ON CONFLICT (programme, state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
  INSERT INTO case_month_counts AS c (programme, month, opened, closed)
    SELECT programme, month, sum(opened), sum(closed) FROM (
      SELECT programme, office_month(opened_at) AS month, 1 AS opened, 0 AS closed FROM inserted_cases
      UNION ALL
      SELECT programme, office_month(closed_at), 0, 1 FROM inserted_cases WHERE closed_at IS NOT NULL
    ) months
    GROUP BY programme, month ORDER BY programme, month
  ON CONFLICT (programme, month) DO UPDATE SET opened = c.opened + EXCLUDED.opened, closed = c.closed + EXCLUDED.closed;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION case_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_state_counts AS c (programme, state, cases)
    SELECT programme, state, sum(delta) FROM (
      SELECT o.programme, o.state, -1 AS delta
        FROM cases_before o JOIN cases_after n ON n.id = o.id
        WHERE (o.programme, o.state) IS DISTINCT FROM (n.programme, n.state)
      UNION ALL
      SELECT n.programme, n.state, 1
        FROM cases_before o JOIN cases_after n ON n.id = o.id
        WHERE (o.programme, o.state) IS DISTINCT FROM (n.programme, n.state)
    ) moves
    GROUP BY programme, state HAVING sum(delta) <> 0 ORDER BY programme, state
  ON CONFLICT (programme, state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
  INSERT INTO case_month_counts AS c (programme, month, opened, closed)
    SELECT programme, month, sum(opened), sum(closed) FROM (
      SELECT o.programme, office_month(o.opened_at) AS month, -1 AS opened, 0 AS closed
        FROM cases_before o JOIN cases_after n ON n.id = o.id
        WHERE (o.programme, o.opened_at) IS DISTINCT FROM (n.programme, n.opened_at)
      UNION ALL
      SELECT n.programme, office_month(n.opened_at), 1, 0
        FROM cases_before o JOIN cases_after n ON n.id = o.id
        WHERE (o.programme, o.opened_at) IS DISTINCT FROM (n.programme, n.opened_at)
      UNION ALL
      SELECT o.programme, office_month(o.closed_at), 0, -1
        FROM cases_before o JOIN cases_after n ON n.id = o.id
        WHERE o.closed_at IS NOT NULL AND (o.programme, o.closed_at) IS DISTINCT FROM (n.programme, n.closed_at)
      UNION ALL
      SELECT n.programme, office_month(n.closed_at), 0, 1
        FROM cases_before o JOIN cases_after n ON n.id = o.id
        WHERE n.closed_at IS NOT NULL AND (o.programme, o.closed_at) IS DISTINCT FROM (n.programme, n.closed_at)
    ) moves
    GROUP BY programme, month HAVING sum(opened) <> 0 OR sum(closed) <> 0 ORDER BY programme, month
  ON CONFLICT (programme, month) DO UPDATE SET opened = c.opened + EXCLUDED.opened, closed = c.closed + EXCLUDED.closed;
  INSERT INTO case_assignee_counts AS c (programme, state, user_id, cases)
    SELECT programme, state, user_id, sum(delta) FROM (
      SELECT o.programme, o.state, a.user_id, -1 AS delta
        FROM cases_before o JOIN cases_after n ON n.id = o.id JOIN case_assignments a ON a.case_id = o.id
        WHERE (o.programme, o.state) IS DISTINCT FROM (n.programme, n.state)
      UNION ALL
      SELECT n.programme, n.state, a.user_id, 1
        FROM cases_before o JOIN cases_after n ON n.id = o.id JOIN case_assignments a ON a.case_id = o.id
        WHERE (o.programme, o.state) IS DISTINCT FROM (n.programme, n.state)
    ) moves
    GROUP BY programme, state, user_id HAVING sum(delta) <> 0 ORDER BY programme, state, user_id
  ON CONFLICT (programme, user_id, state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION case_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_state_counts AS c (programme, state, cases)
    SELECT programme, state, -count(*) FROM deleted_cases GROUP BY programme, state ORDER BY programme, state
  ON CONFLICT (programme, state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
  INSERT INTO case_month_counts AS c (programme, month, opened, closed)
    SELECT programme, month, -sum(opened), -sum(closed) FROM (
      SELECT programme, office_month(opened_at) AS month, 1 AS opened, 0 AS closed FROM deleted_cases
      UNION ALL
      SELECT programme, office_month(closed_at), 0, 1 FROM deleted_cases WHERE closed_at IS NOT NULL
    ) months
    GROUP BY programme, month ORDER BY programme, month
  ON CONFLICT (programme, month) DO UPDATE SET opened = c.opened + EXCLUDED.opened, closed = c.closed + EXCLUDED.closed;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Before the row goes, while its assignments still exist: the cascade that removes them runs after
-- the case is gone, when their own trigger can no longer find the case's programme and state.
CREATE FUNCTION case_assignee_counts_on_case_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE case_assignee_counts c SET cases = c.cases - 1
    FROM case_assignments a
    WHERE a.case_id = OLD.id AND c.user_id = a.user_id AND c.programme = OLD.programme AND c.state = OLD.state;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION case_assignee_counts_on_assign() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_assignee_counts AS c (programme, state, user_id, cases)
    SELECT k.programme, k.state, a.user_id, count(*)
      FROM inserted_assignments a JOIN cases k ON k.id = a.case_id
      GROUP BY k.programme, k.state, a.user_id ORDER BY k.programme, k.state, a.user_id
  ON CONFLICT (programme, user_id, state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION case_assignee_counts_on_reassign() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_assignee_counts AS c (programme, state, user_id, cases)
    SELECT programme, state, user_id, sum(delta) FROM (
      SELECT k.programme, k.state, a.user_id, -1 AS delta FROM assignments_before a JOIN cases k ON k.id = a.case_id
      UNION ALL
      SELECT k.programme, k.state, a.user_id, 1 FROM assignments_after a JOIN cases k ON k.id = a.case_id
    ) moves
    GROUP BY programme, state, user_id HAVING sum(delta) <> 0 ORDER BY programme, state, user_id
  ON CONFLICT (programme, user_id, state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION case_assignee_counts_on_unassign() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_assignee_counts AS c (programme, state, user_id, cases)
    SELECT k.programme, k.state, a.user_id, -count(*)
      FROM deleted_assignments a JOIN cases k ON k.id = a.case_id
      GROUP BY k.programme, k.state, a.user_id ORDER BY k.programme, k.state, a.user_id
  ON CONFLICT (programme, user_id, state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_counts_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS inserted_cases FOR EACH STATEMENT EXECUTE FUNCTION case_counts_on_insert();
--> statement-breakpoint
CREATE TRIGGER case_counts_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS cases_before NEW TABLE AS cases_after
  FOR EACH STATEMENT EXECUTE FUNCTION case_counts_on_update();
--> statement-breakpoint
CREATE TRIGGER case_counts_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS deleted_cases FOR EACH STATEMENT EXECUTE FUNCTION case_counts_on_delete();
--> statement-breakpoint
CREATE TRIGGER case_assignee_counts_case_delete BEFORE DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION case_assignee_counts_on_case_delete();
--> statement-breakpoint
CREATE TRIGGER case_assignee_counts_insert AFTER INSERT ON case_assignments
  REFERENCING NEW TABLE AS inserted_assignments
  FOR EACH STATEMENT EXECUTE FUNCTION case_assignee_counts_on_assign();
--> statement-breakpoint
CREATE TRIGGER case_assignee_counts_update AFTER UPDATE ON case_assignments
  REFERENCING OLD TABLE AS assignments_before NEW TABLE AS assignments_after
  FOR EACH STATEMENT EXECUTE FUNCTION case_assignee_counts_on_reassign();
--> statement-breakpoint
CREATE TRIGGER case_assignee_counts_delete AFTER DELETE ON case_assignments
  REFERENCING OLD TABLE AS deleted_assignments
  FOR EACH STATEMENT EXECUTE FUNCTION case_assignee_counts_on_unassign();
--> statement-breakpoint
-- The counts of the cases already there.
INSERT INTO case_state_counts (programme, state, cases)
  SELECT programme, state, count(*) FROM cases GROUP BY programme, state;
--> statement-breakpoint
INSERT INTO case_assignee_counts (programme, state, user_id, cases)
  SELECT k.programme, k.state, a.user_id, count(*)
    FROM case_assignments a JOIN cases k ON k.id = a.case_id
    GROUP BY k.programme, k.state, a.user_id;
--> statement-breakpoint
INSERT INTO case_month_counts (programme, month, opened, closed)
  SELECT programme, month, sum(opened), sum(closed) FROM (
    SELECT programme, office_month(opened_at) AS month, 1 AS opened, 0 AS closed FROM cases
    UNION ALL
    SELECT programme, office_month(closed_at), 0, 1 FROM cases WHERE closed_at IS NOT NULL
  ) months
  GROUP BY programme, month;
--> statement-breakpoint
-- cases.next_task_due: the earliest due date of the open tasks of each case a statement touched.
CREATE FUNCTION case_next_task_due_refresh(case_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE cases c SET next_task_due = due.at
    FROM (
      SELECT k.id, (
        SELECT min(open.due_date) FROM (
          SELECT t.due_date FROM case_tasks t WHERE t.case_id = k.id AND t.done_at IS NULL
          UNION ALL
          SELECT w.due_date FROM case_workflow_tasks w WHERE w.case_id = k.id AND w.done_at IS NULL
        ) open
      ) AS at
      FROM unnest(case_ids) AS k(id)
    ) due
    WHERE c.id = due.id AND c.next_task_due IS DISTINCT FROM due.at
$$;
--> statement-breakpoint
-- One function for both task tables: each trigger names its transition tables the same way.
CREATE FUNCTION case_tasks_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM case_next_task_due_refresh(ARRAY(SELECT DISTINCT case_id FROM tasks_after));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM case_next_task_due_refresh(ARRAY(SELECT DISTINCT case_id FROM tasks_before));
  ELSE
    PERFORM case_next_task_due_refresh(
      ARRAY(SELECT case_id FROM tasks_after UNION SELECT case_id FROM tasks_before)
    );
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_tasks_next_due_insert AFTER INSERT ON case_tasks
  REFERENCING NEW TABLE AS tasks_after FOR EACH STATEMENT EXECUTE FUNCTION case_tasks_on_change();
--> statement-breakpoint
CREATE TRIGGER case_tasks_next_due_update AFTER UPDATE ON case_tasks
  REFERENCING OLD TABLE AS tasks_before NEW TABLE AS tasks_after
  FOR EACH STATEMENT EXECUTE FUNCTION case_tasks_on_change();
--> statement-breakpoint
CREATE TRIGGER case_tasks_next_due_delete AFTER DELETE ON case_tasks
  REFERENCING OLD TABLE AS tasks_before FOR EACH STATEMENT EXECUTE FUNCTION case_tasks_on_change();
--> statement-breakpoint
CREATE TRIGGER case_workflow_tasks_next_due_insert AFTER INSERT ON case_workflow_tasks
  REFERENCING NEW TABLE AS tasks_after FOR EACH STATEMENT EXECUTE FUNCTION case_tasks_on_change();
--> statement-breakpoint
CREATE TRIGGER case_workflow_tasks_next_due_update AFTER UPDATE ON case_workflow_tasks
  REFERENCING OLD TABLE AS tasks_before NEW TABLE AS tasks_after
  FOR EACH STATEMENT EXECUTE FUNCTION case_tasks_on_change();
--> statement-breakpoint
CREATE TRIGGER case_workflow_tasks_next_due_delete AFTER DELETE ON case_workflow_tasks
  REFERENCING OLD TABLE AS tasks_before FOR EACH STATEMENT EXECUTE FUNCTION case_tasks_on_change();
--> statement-breakpoint
SELECT case_next_task_due_refresh(ARRAY(
  SELECT case_id FROM case_tasks WHERE done_at IS NULL
  UNION
  SELECT case_id FROM case_workflow_tasks WHERE done_at IS NULL
));
--> statement-breakpoint
-- case_services.programme: the programme of the service's case, whatever the writer sent.
CREATE FUNCTION case_services_set_programme() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.programme := (SELECT programme FROM cases WHERE id = NEW.case_id);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_services_programme BEFORE INSERT OR UPDATE OF case_id, programme ON case_services
  FOR EACH ROW EXECUTE FUNCTION case_services_set_programme();
--> statement-breakpoint
CREATE FUNCTION case_services_follow_programme() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE case_services SET programme = NEW.programme WHERE case_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_services_follow_case AFTER UPDATE OF programme ON cases
  FOR EACH ROW WHEN (OLD.programme IS DISTINCT FROM NEW.programme)
  EXECUTE FUNCTION case_services_follow_programme();
--> statement-breakpoint
UPDATE case_services s SET programme = c.programme FROM cases c WHERE c.id = s.case_id;
