import { readFileSync } from "node:fs";
import {
  ACCESS_DECISION_STATES,
  ALL_CASE_STATES,
  ALLOWED_DOCUMENT_TYPES,
  APPOINTMENT_KINDS,
  APPROVAL_STATUSES,
  ASSESSMENT_KINDS,
  AUDIT_OUTCOMES,
  CASE_LIST_VIEWS,
  CASE_STATES,
  CONSENT_CHECKLIST,
  CONSENT_PURPOSES,
  CONTRACT_RED_FLAGS,
  COUNTRY_CODES,
  type ConsentChecklist,
  CURRENCIES,
  DECIDING_ORGANISATIONS,
  DOCUMENT_CATEGORIES,
  DUPLICATE_REASONS,
  DURABLE_SOLUTION_KINDS,
  ELIGIBILITY_CRITERIA,
  ESCORT_KINDS,
  FAMILY_RELATIONSHIPS,
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUSES,
  GENDERS,
  HISTORY_RECORDS,
  HOUSEHOLD_RELATIONSHIPS,
  IDENTITY_DOCUMENT_TYPES,
  ILO_CATALOGUES,
  ISIC_SECTIONS,
  LANGUAGE_CODES,
  MEDICAL_CLEARANCES,
  METHODS_OF_CONTROL,
  MONITORING_MODES,
  MONITORING_SITUATIONS,
  PARTNER_KINDS,
  PROGRAMMES,
  type Programme,
  RECRUITMENT_METHODS,
  REFERENCE_KINDS,
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
  REINTEGRATION_DIMENSIONS,
  RELATIONSHIPS_TO_TRAFFICKER,
  type ReferralStatus,
  RISK_LEVELS,
  ROLES,
  type Role,
  SENSITIVE_CATEGORIES,
  SERVICE_TYPES,
  SEXES,
  SEXUAL_EXPLOITATION_TYPES,
  SUPPORT_KINDS,
  SUPPORT_STATUSES,
  SURVEY_CATALOGUES,
  TASK_PRIORITIES,
  TRAFFICKING_STATUSES,
  TRANSITION_KINDS,
  TRAVEL_DOCUMENT_KINDS,
  TRAVEL_DOCUMENT_STATUSES,
  TYPES_OF_EXPLOITATION,
  VULNERABILITY_CATEGORIES,
  WORKFLOW_TASK_KINDS,
} from "@kelias/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "../src/client";
import * as schema from "../src/schema";
import {
  ASSIGNMENT_KINDS,
  caseConsents,
  caseReferrals,
  cases,
  HANDOVER_KINDS,
  partners,
  people,
  SESSION_END_REASONS,
  SET_PASSWORD_PURPOSES,
  SIGN_IN_THROTTLE_SCOPES,
  users,
} from "../src/schema";
import { backends } from "./support/backends";
import { failure } from "./support/failure";

/**
 * Every text column whose values come from a vocabulary, with that vocabulary: the database must
 * refuse anything else. A column added with a vocabulary belongs here (the last test below fails
 * for a vocabulary check that is not listed).
 */
const VOCABULARY_COLUMNS: [table: string, column: string, values: readonly string[]][] = [
  ["users", "roles", ROLES],
  ["users", "programmes", PROGRAMMES],
  ["people", "sex", SEXES],
  ["people", "gender", GENDERS],
  ["people", "citizenships", COUNTRY_CODES],
  ["people", "languages", LANGUAGE_CODES],
  ["person_identity_documents", "type", IDENTITY_DOCUMENT_TYPES],
  ["person_identity_documents", "issuing_country", COUNTRY_CODES],
  ["person_household_members", "relationship", HOUSEHOLD_RELATIONSHIPS],
  ["cases", "programme", PROGRAMMES],
  ["families", "programme", PROGRAMMES],
  ["family_members", "relationship", FAMILY_RELATIONSHIPS],
  ["case_assignments", "kind", ASSIGNMENT_KINDS],
  ["case_handovers", "kind", HANDOVER_KINDS],
  ["case_state_counts", "programme", PROGRAMMES],
  ["case_assignee_counts", "programme", PROGRAMMES],
  ["case_month_counts", "programme", PROGRAMMES],
  ["case_reference_counters", "programme", PROGRAMMES],
  ["case_sensitive_notes", "category", SENSITIVE_CATEGORIES],
  ["field_changes", "record", HISTORY_RECORDS],
  ["field_changes", "category", SENSITIVE_CATEGORIES],
  ["partners", "kind", PARTNER_KINDS],
  ["partners", "services", SERVICE_TYPES],
  ["case_services", "programme", PROGRAMMES],
  ["case_services", "currency", CURRENCIES],
  ["case_consents", "purpose", CONSENT_PURPOSES],
  ["case_referrals", "status", REFERRAL_STATUSES],
  ["case_referrals", "service_type", SERVICE_TYPES],
  ["case_documents", "mime_type", Object.keys(ALLOWED_DOCUMENT_TYPES)],
  ["case_documents", "category", DOCUMENT_CATEGORIES],
  ["service_types", "programmes", PROGRAMMES],
  ["service_types", "currency", CURRENCIES],
  ["reference_history", "kind", REFERENCE_KINDS],
  ["set_password_tokens", "purpose", SET_PASSWORD_PURPOSES],
  ["audit_log", "outcome", AUDIT_OUTCOMES],
  ["auth_sessions", "end_reason", SESSION_END_REASONS],
  ["sign_in_throttles", "scope", SIGN_IN_THROTTLE_SCOPES],
  ["trafficking_screenings", "indicator_catalogue_id", Object.keys(ILO_CATALOGUES)],
  ["trafficking_screenings", "types_of_exploitation", TYPES_OF_EXPLOITATION],
  ["trafficking_screenings", "methods_of_control", METHODS_OF_CONTROL],
  ["trafficking_screenings", "sexual_exploitation_types", SEXUAL_EXPLOITATION_TYPES],
  ["trafficking_screenings", "forced_labour_industries", ISIC_SECTIONS],
  ["trafficking_screenings", "recruitment_methods", RECRUITMENT_METHODS],
  ["trafficking_screenings", "relationship_to_trafficker", RELATIONSHIPS_TO_TRAFFICKER],
  ["trafficking_screenings", "country_of_exploitation", COUNTRY_CODES],
  ["trafficking_screenings", "reflection_country", COUNTRY_CODES],
  ["identification_decisions", "status", TRAFFICKING_STATUSES],
  ["identification_decisions", "deciding_organisation", DECIDING_ORGANISATIONS],
  ["identification_decisions", "indicator_catalogue_id", Object.keys(ILO_CATALOGUES)],
  ["reflection_period_lengths", "country_code", COUNTRY_CODES],
  ["reflection_period_length_changes", "country_code", COUNTRY_CODES],
  ["case_workflow_facts", "eligibility_criterion", ELIGIBILITY_CRITERIA],
  ["case_workflow_facts", "destination_country", COUNTRY_CODES],
  ["case_workflow_facts", "vulnerability_categories", VULNERABILITY_CATEGORIES],
  ["case_workflow_facts", "durable_solution_kind", DURABLE_SOLUTION_KINDS],
  ["case_workflow_facts", "contract_red_flags", CONTRACT_RED_FLAGS],
  ["case_state_history", "from_state", ALL_CASE_STATES],
  ["case_state_history", "to_state", ALL_CASE_STATES],
  ["case_state_history", "kind", TRANSITION_KINDS],
  ["case_approvals", "status", APPROVAL_STATUSES],
  ["case_approvals", "from_state", ALL_CASE_STATES],
  ["case_approvals", "to_state", ALL_CASE_STATES],
  ["case_approvals", "kind", TRANSITION_KINDS],
  ["case_workflow_tasks", "kind", WORKFLOW_TASK_KINDS],
  ["case_workflow_tasks", "priority", TASK_PRIORITIES],
  ["case_tasks", "priority", TASK_PRIORITIES],
  ["cases", "referral_source", REFERRAL_SOURCES],
  ["case_feedback", "kind", FEEDBACK_KINDS],
  ["case_feedback", "channel", FEEDBACK_CHANNELS],
  ["case_feedback", "status", FEEDBACK_STATUSES],
  ["reintegration_support", "dimension", REINTEGRATION_DIMENSIONS],
  ["reintegration_support", "kind", SUPPORT_KINDS],
  ["reintegration_support", "status", SUPPORT_STATUSES],
  ["reintegration_support", "currency", CURRENCIES],
  ["monitoring_visits", "mode", MONITORING_MODES],
  ["monitoring_visits", "situation", MONITORING_SITUATIONS],
  ["sustainability_surveys", "catalogue_id", Object.keys(SURVEY_CATALOGUES)],
  ["reintegration_settings", "currency", CURRENCIES],
  ["case_travel", "medical_clearance", MEDICAL_CLEARANCES],
  ["case_travel", "escort_needed", ESCORT_KINDS],
  ["case_travel_legs", "escort", ESCORT_KINDS],
  ["case_travel_documents", "kind", TRAVEL_DOCUMENT_KINDS],
  ["case_travel_documents", "status", TRAVEL_DOCUMENT_STATUSES],
  ["case_appointments", "kind", APPOINTMENT_KINDS],
  ["unsafe_destinations", "country_code", COUNTRY_CODES],
  ["access_request_decisions", "state", ACCESS_DECISION_STATES],
  ["access_request_decisions", "reasons", DUPLICATE_REASONS],
  ["saved_case_filters", "view", CASE_LIST_VIEWS],
  ["case_assessments", "kind", ASSESSMENT_KINDS],
  ["case_assessments", "risk_level", RISK_LEVELS],
  ["case_assessment_revisions", "risk_level", RISK_LEVELS],
  ["risk_review_intervals", "risk_level", ["medium", "low"]],
  ["risk_review_interval_changes", "risk_level", ["medium", "low"]],
  ["case_origin_handovers", "office_country", COUNTRY_CODES],
];

/** Tables whose `state` is one of the states of the row's `programme`. */
const STATE_TABLES = ["cases", "case_state_counts", "case_assignee_counts"];

/** Checks that list values as part of a wider rule (the shape of a row), not as a vocabulary. */
const SHAPE_CHECKS = [
  "identification_decisions_shape",
  "field_changes_owner_check",
  "case_documents_expiry_check",
  // The one row of the deployment's reintegration settings, not a vocabulary.
  "reintegration_settings_key_check",
];

const sorted = (values: readonly string[]) => [...values].sort();

/** The string literals of a constraint definition as Postgres prints it (`'a'::text`). */
function literals(definition: string): string[] {
  return [...definition.matchAll(/'((?:[^']|'')*)'::text/g)].map((m) => (m[1] ?? "").replaceAll("''", "'"));
}

describe("the committed migrations", () => {
  it("are up to date with the schema (a vocabulary changed in the domain needs a migration)", async () => {
    const { generateDrizzleJson, generateMigration } = await import("drizzle-kit/api");
    const folder = new URL("../drizzle/", import.meta.url);
    const journal = JSON.parse(readFileSync(new URL("meta/_journal.json", folder), "utf8")) as {
      entries: { idx: number }[];
    };
    const last = String(journal.entries.at(-1)?.idx).padStart(4, "0");
    const snapshot = JSON.parse(readFileSync(new URL(`meta/${last}_snapshot.json`, folder), "utf8"));
    const current = generateDrizzleJson(schema, snapshot.id, undefined, "snake_case");
    // Not empty: run `npx drizzle-kit generate --name <change>` in packages/db.
    expect(await generateMigration(snapshot, current)).toEqual([]);
  });
});

describe.each(backends)("vocabulary checks on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let db: Database;
  let checks: Map<string, { table: string; definition: string }>;
  let userId: string;
  let personId: string;

  beforeAll(async () => {
    ({ handle, drop } = await open());
    await handle.migrate();
    db = handle.db;
    const result = await db.execute(
      sql`select conname as name, conrelid::regclass::text as "table", pg_get_constraintdef(oid) as definition
          from pg_constraint where contype = 'c' and connamespace = 'public'::regnamespace`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      name: string;
      table: string;
      definition: string;
    }[];
    checks = new Map(rows.map((r) => [r.name, { table: r.table, definition: r.definition }]));
    const [user] = await db
      .insert(users)
      .values({ email: "ana@example.org", name: "Ana", roles: ["caseworker"] })
      .returning({ id: users.id });
    userId = user?.id ?? "";
    const [person] = await db
      .insert(people)
      .values({ givenName: "Olena", familyName: "Koval", sex: "female", createdBy: userId })
      .returning({ id: people.id });
    personId = person?.id ?? "";
  });

  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  it("give every vocabulary column a check listing exactly the vocabulary's values", () => {
    for (const [table, column, values] of VOCABULARY_COLUMNS) {
      const name = `${table}_${column}_check`;
      const check = checks.get(name);
      expect(check?.table, name).toBe(table);
      const definition = check?.definition ?? "";
      // `column in (…)` prints as `= ANY (ARRAY[…])` (as `= '…'` for one value); `<@ array[…]` as itself.
      expect(definition, name).toMatch(new RegExp(`\\(${column} (= ANY \\(ARRAY\\[|<@ ARRAY\\[|= ')`));
      expect(sorted(literals(definition)), name).toEqual(sorted(values));
    }
  });

  it("hold each state to the states of the row's programme", () => {
    for (const table of STATE_TABLES) {
      const definition = checks.get(`${table}_state_check`)?.definition ?? "";
      const listed = [
        ...definition.matchAll(/\(programme = '([^']+)'::text\) AND \(state = ANY \(ARRAY\[([^\]]*)\]\)/g),
      ].map((m) => [m[1], sorted(literals(m[2] ?? ""))]);
      expect(Object.fromEntries(listed), table).toEqual(
        Object.fromEntries(PROGRAMMES.map((p) => [p, sorted(CASE_STATES[p])])),
      );
    }
  });

  it("leave no vocabulary check out of the list above", () => {
    const listed = new Set([
      ...VOCABULARY_COLUMNS.map(([table, column]) => `${table}_${column}_check`),
      ...STATE_TABLES.map((table) => `${table}_state_check`),
      ...SHAPE_CHECKS,
    ]);
    const valueLists = [...checks]
      .filter(([, { definition }]) => /= ANY \(ARRAY\[|<@ ARRAY\[|^CHECK \(\(\w+ = '/.test(definition))
      .map(([name]) => name);
    expect(valueLists.filter((name) => !listed.has(name))).toEqual([]);
  });

  const newCase = (programme: Programme, state: string) =>
    db
      .insert(cases)
      .values({
        reference: `${programme}-${state}-${Math.random()}`,
        programme,
        state,
        personId,
        ownerId: userId,
      })
      .returning({ id: cases.id });

  it("refuse a programme the domain does not know", async () => {
    expect(await failure(newCase("gardening" as Programme, "application"))).toMatch(/cases_programme_check/);
  });

  it("refuse a state of another programme, and take every state of the case's own", async () => {
    expect(await failure(newCase("avrr", "screening"))).toMatch(/cases_state_check/);
    expect(await failure(newCase("social_assistance", "nowhere"))).toMatch(/cases_state_check/);
    for (const programme of PROGRAMMES) {
      const [row] = await newCase(programme, CASE_STATES[programme][0]);
      for (const state of CASE_STATES[programme]) {
        await db
          .update(cases)
          .set({ state })
          .where(eq(cases.id, row?.id ?? ""));
      }
    }
    const [row] = await newCase("labour_migration", "inquiry");
    expect(
      await failure(
        db
          .update(cases)
          .set({ state: "reflection_period" })
          .where(eq(cases.id, row?.id ?? "")),
      ),
    ).toMatch(/cases_state_check/);
  });

  it("refuse a referral status the domain does not know", async () => {
    const [row] = await newCase("avrr", "application");
    const caseId = row?.id ?? "";
    const [partner] = await db
      .insert(partners)
      .values({ name: `Caritas ${Math.random()}`, kind: "ngo" })
      .returning({ id: partners.id });
    const [consent] = await db
      .insert(caseConsents)
      .values({
        caseId,
        purpose: "referral",
        givenOn: "2026-01-10",
        ...(Object.fromEntries(CONSENT_CHECKLIST.map((item) => [item, true])) as ConsentChecklist),
        recordedBy: userId,
      })
      .returning({ id: caseConsents.id });
    const [referral] = await db
      .insert(caseReferrals)
      .values({
        caseId,
        partnerId: partner?.id ?? "",
        consentId: consent?.id ?? "",
        reason: "Shelter",
        referredBy: userId,
        updatedBy: userId,
      })
      .returning({ id: caseReferrals.id });
    const referralRow = eq(caseReferrals.id, referral?.id ?? "");
    await db.update(caseReferrals).set({ status: "accepted" }).where(referralRow);
    expect(
      await failure(
        db
          .update(caseReferrals)
          .set({ status: "lost" as ReferralStatus })
          .where(referralRow),
      ),
    ).toMatch(/case_referrals_status_check/);
    const [kept] = await db.select({ status: caseReferrals.status }).from(caseReferrals).where(referralRow);
    expect(kept?.status).toBe("accepted");
  });

  it("refuse a role the domain does not know, in an array of known ones", async () => {
    expect(
      await failure(
        db
          .update(users)
          .set({ roles: ["caseworker", "superuser" as Role] })
          .where(eq(users.id, userId)),
      ),
    ).toMatch(/users_roles_check/);
  });
});
