/**
 * `pnpm bench:cases`: fills a scratch Postgres database with a large office's data (default
 * 1,000,000 cases, with people, assignments and audit rows in proportion), then prints latency
 * percentiles of the queries users wait for. Figures are printed, never asserted.
 *
 *   BENCH_CASES=200000 BENCH_CASEWORKERS=500 BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:cases
 *
 * The scratch database is dropped at the end unless BENCH_KEEP=1.
 */
import { performance } from "node:perf_hooks";
import { resolveSessionUser } from "@kelias/auth";
import { openDatabase } from "@kelias/db";
import { caseScope } from "@kelias/domain";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { appRouter, createCaller } from "../src/server";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const caseCount = Number(process.env.BENCH_CASES ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 200);
const keep = process.env.BENCH_KEEP === "1";
/** 1,000 caseworkers share the cases: 1,000 each at the default size, a heavy but possible caseload. */
const CASEWORKERS = Number(process.env.BENCH_CASEWORKERS ?? 1000);
const name = `kelias_bench_${Date.now()}`;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

async function measure(label: string, fn: (i: number) => Promise<unknown>) {
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
            'Family' || (g % 50000), date '1960-01-01' + (g % 20000), (array['female','male'])[1 + g % 2],
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
    `${caseCount.toLocaleString("en")} audit rows`,
    `insert into audit_log (seq, at, actor_id, action, outcome, entity_type, entity_id, prev_hash, hash)
     select g, now() - (g || ' seconds')::interval, null, 'case.read', 'allowed', 'case', g::text, 'bench', 'bench'
     from generate_series(1, ${caseCount}) g`,
  );
  await step("analyze", "analyze");
  await client.end();
}

async function main() {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 4 });
  try {
    await handle.migrate();
    console.info(`Filling ${name} with ${caseCount.toLocaleString("en")} cases…`);
    await fill(url.toString());

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
    console.info(`Scope of the measured caseworker: ${JSON.stringify(caseScope(worker).workingProgrammes)}`);

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
    const procedures = appRouter._def.procedures as Record<string, unknown>;
    if (procedures["person.checkDuplicates"]) {
      const check = (
        asWorker as unknown as { person: { checkDuplicates: (input: unknown) => Promise<unknown> } }
      ).person.checkDuplicates;
      await measure("person duplicate check", (i) =>
        check({
          givenName: "Olena",
          familyName: `Family${i % 50000}`,
          dateOfBirth: "1975-03-02",
          citizenships: ["UA"],
        }),
      );
    }
    console.info(
      `\nRSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB (before measuring ${(memoryBefore / 1024 / 1024).toFixed(0)} MiB)`,
    );
  } finally {
    await handle.close();
    if (!keep) await admin.unsafe(`drop database if exists ${name} with (force)`);
    else console.info(`Kept ${name}.`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
