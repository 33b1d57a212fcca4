-- The change histories of the reference data are append-only like the audit log: who changed what,
-- when, is evidence, so the database itself refuses to rewrite or remove it.
CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reference_history_append_only
  BEFORE UPDATE OR DELETE ON reference_history
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER reference_history_no_truncate
  BEFORE TRUNCATE ON reference_history
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER reflection_period_length_changes_append_only
  BEFORE UPDATE OR DELETE ON reflection_period_length_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER reflection_period_length_changes_no_truncate
  BEFORE TRUNCATE ON reflection_period_length_changes
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
