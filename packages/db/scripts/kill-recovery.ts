/**
 * `pnpm --filter @kelias/db bench:recovery`: how the connection pool recovers from killed backends.
 * On a scratch database, workers run requests (plain queries and transactions) through one pool
 * while every backend of the database is terminated every KILL_EVERY_MS for KILL_FOR_MS; then the
 * requests go on for AFTER_MS without kills. Prints, per phase, how many requests failed (by error
 * code), how many took over a second, and latency percentiles. Figures are printed, never asserted.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres AFTER_MS=60000 pnpm bench:recovery
 *
 * The pool takes its settings from the same variables as the app (DATABASE_POOL_MAX …, see the README).
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "../src/client";
import { dbEnv } from "../src/env";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const workers = Number(process.env.WORKERS ?? 20);
const killEvery = Number(process.env.KILL_EVERY_MS ?? 300);
const killFor = Number(process.env.KILL_FOR_MS ?? 5_000);
const after = Number(process.env.AFTER_MS ?? 40_000);
const name = `kelias_recovery_${Date.now()}`;

interface Outcome {
  ms: number;
  error?: string;
}

function codeOf(error: unknown): string {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return error instanceof Error ? error.message.slice(0, 60) : String(error);
}

function report(label: string, outcomes: Outcome[]) {
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  const errors = new Map<string, number>();
  for (const o of outcomes) if (o.error) errors.set(o.error, (errors.get(o.error) ?? 0) + 1);
  const slow = outcomes.filter((o) => o.ms > 1_000).length;
  const failed = [...errors.values()].reduce((a, b) => a + b, 0);
  console.info(
    `${label.padEnd(22)} ${String(outcomes.length).padStart(6)} requests, ${String(failed).padStart(5)} failed, ${String(slow).padStart(4)} over 1 s; p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms`,
  );
  for (const [code, n] of [...errors].sort((a, b) => b[1] - a[1]))
    console.info(`${"".padEnd(24)}${n} × ${code}`);
}

/** Next.js logs an uncaught exception and serves on; so does this, counting them. */
let uncaught = 0;
process.on("uncaughtException", (error) => {
  uncaught++;
  if (uncaught === 1)
    console.error("Uncaught exception (counted, as the server would log it):", error.message);
});

async function main() {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = dbEnv().pool;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), ...pool });
  console.info(
    `Pool: ${pool.maxConnections} connections, connect timeout ${pool.connectTimeoutSeconds} s, idle timeout ${pool.idleTimeoutSeconds} s, max lifetime ${pool.maxLifetimeSeconds} s; ${workers} workers`,
  );
  let phase: Outcome[] = [];
  let running = true;
  const request = async (i: number) => {
    const start = performance.now();
    try {
      if (i % 2 === 0) {
        await handle.db.execute(sql`select count(*) from users`);
      } else {
        await handle.db.transaction(async (tx) => {
          await tx.execute(sql`select pg_sleep(0.002)`);
          await tx.execute(sql`select count(*) from audit_log`);
        });
      }
      phase.push({ ms: performance.now() - start });
    } catch (error) {
      phase.push({ ms: performance.now() - start, error: codeOf(error) });
    }
  };
  try {
    await handle.migrate();
    const loops = Array.from({ length: workers }, async (_, w) => {
      for (let i = w; running; i++) await request(i);
    });

    const killing: Outcome[] = [];
    phase = killing;
    let kills = 0;
    const killer = setInterval(() => {
      admin
        .unsafe(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
          [name],
        )
        .then((rows) => {
          kills += rows.length;
        })
        .catch(() => {});
    }, killEvery);
    await new Promise((r) => setTimeout(r, killFor));
    clearInterval(killer);
    report(`while killing (${kills})`, killing);

    const slices = Math.max(1, Math.round(after / 10_000));
    for (let s = 1; s <= slices; s++) {
      const slice: Outcome[] = [];
      phase = slice;
      await new Promise((r) => setTimeout(r, after / slices));
      report(`after, to ${((s * after) / slices / 1000).toFixed(0)} s`, slice);
    }
    running = false;
    await Promise.all(loops);
    console.info(`Uncaught exceptions: ${uncaught}`);
  } finally {
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
