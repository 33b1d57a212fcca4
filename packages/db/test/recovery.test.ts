import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/client";
import { failure } from "./support/failure";
import { createTestDatabase, type TestDatabase } from "./support/postgres";

/**
 * Backends killed under the pool (a failover, an operator's pg_terminate_backend, a proxy that drops
 * connections): every request after the storm must succeed again, on every connection of the pool.
 */
let database: TestDatabase;
let admin: postgres.Sql;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = postgres(database.url, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await admin?.end();
  await database?.drop();
});

/** drizzle types raw results loosely across drivers; these are the postgres driver's rows. */
const rows = <T>(result: unknown) => result as T[];

const killAll = () =>
  admin`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`;

async function withPool<T>(max: number, fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ kind: "postgres", url: database.url, maxConnections: max });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

describe("the pool after its backends are killed", () => {
  it("reconnects the connection of a transaction whose backend died mid-query", async () => {
    await withPool(1, async ({ db }) => {
      let pid: number | undefined;
      const outcome = failure(
        db.transaction(async (tx) => {
          const [row] = rows<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`));
          pid = row?.pid;
          await tx.execute(sql`select pg_sleep(5)`);
        }),
      );
      while (pid === undefined) await new Promise((r) => setTimeout(r, 20));
      await admin`select pg_terminate_backend(${pid})`;
      expect(await outcome).toMatch(/CONNECTION_CLOSED/);
      // The one connection of the pool comes back: before, the driver's pending write buffer was left
      // behind by the rollback it queued on the dead socket, and every later start-up message waited
      // in it until the connect timeout.
      for (let i = 0; i < 5; i++) {
        const [row] = rows<{ n: number }>(await db.execute(sql`select ${i}::int as n`));
        expect(row?.n).toBe(i);
      }
    });
  });

  it("answers every request again after backends are killed every 300 ms for three seconds", async () => {
    await withPool(10, async ({ db }) => {
      let running = true;
      let failedDuringStorm = 0;
      const workers = Array.from({ length: 20 }, async (_, w) => {
        for (let i = w; running; i++) {
          try {
            if (i % 2 === 0) await db.execute(sql`select 1`);
            else
              await db.transaction(async (tx) => {
                await tx.execute(sql`select pg_sleep(0.002)`);
                await tx.execute(sql`select 2`);
              });
          } catch {
            failedDuringStorm++;
          }
        }
      });
      for (let k = 0; k < 10; k++) {
        await new Promise((r) => setTimeout(r, 300));
        await killAll();
      }
      running = false;
      await Promise.all(workers);
      // The storm did hit requests, or this test would prove nothing.
      expect(failedDuringStorm).toBeGreaterThan(0);

      // Every connection of the pool is exercised: 200 requests, 20 at a time.
      const outcomes = await Promise.allSettled(
        Array.from({ length: 200 }, (_, i) =>
          i % 2 === 0
            ? db.execute(sql`select 1`)
            : db.transaction(async (tx) => {
                await tx.execute(sql`select pg_sleep(0.01)`);
              }),
        ),
      );
      const reasons = outcomes.flatMap((o) => (o.status === "rejected" ? [String(o.reason)] : []));
      expect(reasons).toEqual([]);
    });
  });
});
