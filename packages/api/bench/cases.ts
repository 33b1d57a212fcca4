/**
 * `pnpm bench:cases`: fills a scratch Postgres database with a large office's data (default
 * 1,000,000 cases, with people, assignments, notes, tasks and audit rows in proportion), then prints latency
 * percentiles of the queries users wait for. Figures are printed, never asserted.
 *
 *   BENCH_CASES=200000 BENCH_CASEWORKERS=500 BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:cases
 *
 * The scratch database is dropped at the end unless BENCH_KEEP=1. BENCH_DATABASE names a kept one to
 * measure again without filling; BENCH_ONLY=dashboard (any part of a label) measures only those lines.
 */
import { performance } from "node:perf_hooks";
import { resolveSessionUser } from "@kelias/auth";
import { openDatabase } from "@kelias/db";
import { caseScope } from "@kelias/domain";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { createCaller, exportCases } from "../src/server";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const caseCount = Number(process.env.BENCH_CASES ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 200);
const keep = process.env.BENCH_KEEP === "1";
const reuse = process.env.BENCH_DATABASE;
const only = process.env.BENCH_ONLY?.toLowerCase();
const wanted = (label: string) => !only || label.toLowerCase().includes(only);
/** 1,000 caseworkers share the cases: 1,000 each at the default size, a heavy but possible caseload. */
const CASEWORKERS = Number(process.env.BENCH_CASEWORKERS ?? 1000);
const name = reuse ?? `kelias_bench_${Date.now()}`;

/**
 * Family names from three syllables (8,000 combinations): names as varied as an office's, so the
 * trigram index is measured on realistic candidates rather than on one name repeated.
 */
const SYLLABLES = [
  "ko",
  "va",
  "len",
  "mir",
  "za",
  "deh",
  "ha",
  "nu",
  "ra",
  "tas",
  "pet",
  "ro",
  "ng",
  "uy",
  "ba",
  "shi",
  "ev",
  "ska",
  "dim",
  "ol",
];
const syllable = (divisor: number) =>
  `(array[${SYLLABLES.map((x) => `'${x}'`).join(",")}])[1 + (g / ${divisor}) % ${SYLLABLES.length}]`;
const FAMILY_NAME_SQL = `initcap(${syllable(1)} || ${syllable(SYLLABLES.length)} || ${syllable(SYLLABLES.length ** 2)})`;
/** The name of the person with number g, as FAMILY_NAME_SQL builds it (for duplicate-check inputs). */
const familyNameOf = (g: number) => {
  const at = (divisor: number) => SYLLABLES[Math.floor(g / divisor) % SYLLABLES.length] ?? "";
  const name = at(1) + at(SYLLABLES.length) + at(SYLLABLES.length ** 2);
  return name.charAt(0).toUpperCase() + name.slice(1);
};

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

async function measure(label: string, fn: (i: number) => Promise<unknown>) {
  if (!wanted(label)) return;
  for (let i = 0; i < 10; i++) await fn(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  const { p50, p95, p99 } = percentiles(samples);
  console.info(
    `${label.padEnd(44)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   p99 ${p99.toFixed(1).padStart(7)} ms`,
  );
}

async function fill(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const step = async (label: string, statement: string) => {
    const start = performance.now();
    await client.unsafe(statement);
    console.info(`  ${label} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  };
  const people = Math.round(caseCount * 0.8);
  await step(
    "users",
    `insert into users (email, name, roles, programmes)
     select 'cw' || g || '@bench.example.org', 'Caseworker ' || g, '{caseworker}',
            '{avrr,counter_trafficking,social_assistance,labour_migration}'
     from generate_series(1, ${CASEWORKERS}) g;
     insert into users (email, name, roles, programmes)
     values ('manager@bench.example.org', 'Manager', '{manager}', '{avrr,counter_trafficking,social_assistance}')`,
  );
  await step(
    `${people.toLocaleString("en")} people`,
    `insert into people (given_name, family_name, date_of_birth, sex, citizenships, created_by)
     select (array['Olena','Ahmed','Malika','Emeka','Nuwan','Linh','Rustam','Zainab'])[1 + g % 8],
            ${FAMILY_NAME_SQL}, date '1960-01-01' + (g % 20000), (array['female','male'])[1 + g % 2],
            array[(array['UA','IQ','TJ','NG','LK','VN','UZ','SY'])[1 + g % 8]],
            (select id from users where email = 'cw1@bench.example.org')
     from generate_series(1, ${people}) g`,
  );
  await step(
    "numbering",
    `create temp table person_ids as select id, row_number() over () as n from people;
     create index on person_ids (n);
     create temp table owner_ids as
       select id, row_number() over (order by email) as n from users where 'caseworker' = any(roles);
     create index on owner_ids (n)`,
  );
  await step(
    `${caseCount.toLocaleString("en")} cases`,
    `insert into cases (reference, programme, state, person_id, owner_id, restricted, opened_at)
     select 'B-' || g, p.programme, p.state, pi.id, oi.id, p.programme = 'counter_trafficking',
            now() - ((g % 1825) || ' days')::interval - ((g % 86400) || ' seconds')::interval
     from generate_series(1, ${caseCount}) g
     join person_ids pi on pi.n = 1 + (g % ${people})
     join owner_ids oi on oi.n = 1 + (g % ${CASEWORKERS})
     cross join lateral (
       select (array['avrr','counter_trafficking','social_assistance','labour_migration'])[1 + g % 4] as programme,
              (array['application','screening','intake','inquiry'])[1 + g % 4] as state
     ) p`,
  );
  await step(
    "assignments",
    `insert into case_assignments (case_id, user_id, kind) select id, owner_id, 'owner' from cases`,
  );
  await step(
    `${caseCount.toLocaleString("en")} notes`,
    `insert into case_notes (case_id, content, created_by, updated_by)
     select id, 'Counselling session; next steps agreed.', owner_id, owner_id from cases`,
  );
  // Half the cases have a task; one in ten of those is past its due date and still open.
  await step(
    `${Math.round(caseCount / 2).toLocaleString("en")} tasks`,
    `insert into case_tasks (case_id, title, due_date, created_by, updated_by, done_at)
     select id, 'Follow-up call', current_date + ((n % 60) - 6)::int,
            owner_id, owner_id, case when n % 3 = 0 then now() end
     from (select id, owner_id, row_number() over () as n from cases) c
     where n % 2 = 0`,
  );
  await step(
    `${caseCount.toLocaleString("en")} audit rows`,
    `insert into audit_log (seq, at, actor_id, action, outcome, entity_type, entity_id, prev_hash, hash)
     select g, now() - (g || ' seconds')::interval, null, 'case.read', 'allowed', 'case', g::text, 'bench', 'bench'
     from generate_series(1, ${caseCount}) g`,
  );
  // A server's autovacuum would have run after such a load: measure the steady state, not the
  // moment after the import (no visibility map yet, so no index-only scans).
  await step("vacuum analyze", "vacuum analyze");
  await client.end();
}

/**
 * What the managers' dashboards count, in proportion: a third of the cases closed, AVRR departures
 * (with destinations) in the state history, contract checks with red flags, services with costs.
 */
async function fillReports(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const step = async (label: string, statement: string) => {
    const start = performance.now();
    await client.unsafe(statement);
    console.info(`  ${label} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  };
  await step(
    "closed cases",
    `update cases set state = 'closed', closed_at = opened_at + ((hashtext(id::text) & 63) || ' days')::interval
     where hashtext(id::text) % 3 = 0 and opened_at < now() - interval '64 days'`,
  );
  await step(
    "AVRR departures",
    `insert into case_state_history (case_id, from_state, to_state, kind, moved_by, at)
     select id, 'travel_booked', 'departed', 'advance', owner_id, opened_at + ((hashtext(id::text) & 31) + 20 || ' days')::interval
     from cases where programme = 'avrr' and hashtext(id::text) % 5 = 1;
     insert into case_workflow_facts (case_id, destination_country, updated_by)
     select case_id, (array['GE','UA','TJ','UZ','IQ','VN'])[1 + abs(hashtext(case_id::text)) % 6], moved_by
     from case_state_history where to_state = 'departed'`,
  );
  await step(
    "contract checks",
    `insert into case_state_history (case_id, from_state, to_state, kind, moved_by, at)
     select id, 'counselling', 'contract_check', 'advance', owner_id, opened_at + interval '5 days'
     from cases where programme = 'labour_migration' and hashtext(id::text) % 4 = 1;
     insert into case_workflow_facts (case_id, contract_red_flags, updated_by)
     select case_id, case when abs(hashtext(case_id::text)) % 3 = 0 then '{withheld_documents}'::text[] else '{}'::text[] end, moved_by
     from case_state_history where to_state = 'contract_check'`,
  );
  await step(
    "services",
    `insert into case_services (case_id, type, provider, delivered_on, quantity, cost, currency, created_by, updated_by)
     select id, (array['Health','Legal','Financial','SocialCare'])[1 + abs(hashtext(id::text)) % 4], 'Provider',
            (opened_at + interval '3 days')::date, 1 + abs(hashtext(id::text)) % 3, 25.50, 'EUR', owner_id, owner_id
     from cases where programme = 'social_assistance'`,
  );
  await step("vacuum analyze", "vacuum analyze");
  await client.end();
}

/** Streams an export to nowhere, sampling the process's memory: the file is never held whole. */
async function exportPeak(label: string, body: () => Promise<ReadableStream<Uint8Array>>) {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  let bytes = 0;
  let lines = 0;
  const reader = (await body()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines += 1;
  }
  clearInterval(sampler);
  console.info(
    `${label.padEnd(44)} ${(bytes / 1024 / 1024).toFixed(1)} MiB${label.startsWith("CSV") ? ` (${(lines - 1).toLocaleString("en")} rows)` : ""} in ${((performance.now() - start) / 1000).toFixed(1)} s, peak RSS ${(peak / 1024 / 1024).toFixed(0)} MiB (${((peak - baseline) / 1024 / 1024).toFixed(0)} MiB over the start)`,
  );
}

async function main() {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  if (!reuse) await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 4 });
  try {
    await handle.migrate();
    if (!reuse) {
      console.info(`Filling ${name} with ${caseCount.toLocaleString("en")} cases…`);
      await fill(url.toString());
      await fillReports(url.toString());
    }

    const userRow = async (email: string) => {
      const rows = await handle.db.execute<{ id: string; session_version: number }>(
        sql`select id, session_version from users where email = ${email}`,
      );
      const row = (rows as unknown as { id: string; session_version: number }[])[0];
      if (!row) throw new Error(`no ${email}`);
      const user = await resolveSessionUser(handle.db, {
        userId: row.id,
        sessionVersion: row.session_version,
      });
      if (!user) throw new Error(`${email} does not resolve`);
      return user;
    };
    const worker = await userRow("cw7@bench.example.org");
    const manager = await userRow("manager@bench.example.org");
    const asWorker = createCaller({ db: handle.db, user: worker, ip: "127.0.0.1" });
    const asManager = createCaller({ db: handle.db, user: manager, ip: "127.0.0.1" });
    console.info(
      `Scope of the measured caseworker: ${JSON.stringify(caseScope(worker, "access").workingProgrammes)}`,
    );

    const first = await asWorker.case.list({ limit: 25 });
    console.info(`Caseworker's caseload: ${first.total.toLocaleString("en")} cases\n`);
    let cursor = first.olderCursor;
    for (let page = 2; page < 50 && cursor; page++)
      cursor = (await asWorker.case.list({ limit: 25, after: cursor })).olderCursor;
    const page50 = cursor ?? undefined;
    const caseIds = first.items.map((c) => c.id);
    const memoryBefore = process.memoryUsage().rss;

    await measure("My cases, first page", () => asWorker.case.list({ limit: 25 }));
    await measure("My cases, 50th page (keyset)", () => asWorker.case.list({ limit: 25, after: page50 }));
    await measure("Manager: programme + state filter, first page", () =>
      asManager.case.list({ view: "all", programme: "avrr", state: "application", limit: 25 }),
    );
    await measure("Manager: all programmes, first page", () =>
      asManager.case.list({ view: "all", limit: 25 }),
    );
    await measure("case.get (audited read)", (i) =>
      asWorker.case.get({ id: caseIds[i % caseIds.length] ?? "" }),
    );
    await measure("My cases, overdue only", () => asWorker.case.list({ limit: 25, overdue: true }));
    await measure("My cases, longest unchanged first", () =>
      asWorker.case.list({ limit: 25, sort: "updated_asc" }),
    );
    await measure("Manager: overdue in a programme, first page", () =>
      asManager.case.list({ view: "all", programme: "avrr", overdue: true, limit: 25 }),
    );
    await measure("person duplicate check", (i) =>
      asWorker.person.checkDuplicates({
        givenName: "Olena",
        familyName: familyNameOf(i * 7919),
        dateOfBirth: "1975-03-02",
        estimatedAge: null,
        citizenships: ["UA"],
      }),
    );
    await measure("Dashboard: three programmes, 12 months", () => asManager.dashboard.figures({}));
    await measure("Dashboard: AVRR, 12 months", () => asManager.dashboard.figures({ programme: "avrr" }));
    if (wanted("dashboard")) {
      const figures = await asManager.dashboard.figures({});
      console.info(
        `  (open cases ${figures.openByState.reduce((n, r) => n + r.cases, 0).toLocaleString("en")}, ` +
          `AVRR departures ${figures.avrr?.departed.toLocaleString("en")}, median ${figures.avrr?.medianDaysToDeparture} days, ` +
          `caseworkers ${figures.caseload.length})`,
      );
    }
    if (wanted("export")) {
      // About 100,000 AVRR cases: those opened in the last two years (of five).
      const since = new Date(Date.now() - 730 * 86_400_000).toISOString().slice(0, 10);
      const exportInput = {
        view: "all",
        programme: "avrr",
        openedSince: since,
        columns: ["reference", "programme", "state", "openedAt", "owner", "familyName", "citizenships"],
      };
      const labels = {
        column: (c: string) => c,
        programme: (p: string) => p,
        state: (x: string) => x,
        withheld: "(withheld)",
        yes: "yes",
        no: "no",
      };
      const context = { db: handle.db, user: manager, ip: "127.0.0.1" };
      const exported = await asManager.case.list({
        view: "all",
        programme: "avrr",
        openedSince: since,
        limit: 1,
      });
      console.info(
        `\nExport of ${exported.totalCapped ? "more than 1,000" : exported.total} rows (about 100,000):`,
      );
      await exportPeak(
        "CSV export, streamed",
        async () => (await exportCases(context, { ...exportInput, format: "csv" }, labels)).body,
      );
      await exportPeak(
        "XLSX export, streamed",
        async () => (await exportCases(context, { ...exportInput, format: "xlsx" }, labels)).body,
      );
    }
    console.info(
      `\nRSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB (before measuring ${(memoryBefore / 1024 / 1024).toFixed(0)} MiB)`,
    );
  } finally {
    await handle.close();
    if (!keep && !reuse) await admin.unsafe(`drop database if exists ${name} with (force)`);
    else console.info(`Kept ${name}.`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
