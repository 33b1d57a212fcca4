import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/client";
import { createTestDatabase, type TestDatabase } from "./support/postgres";

/** Instances started together on one empty database, as a deployment of several instances does. */
let database: TestDatabase;
const handles: DatabaseHandle[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  for (const handle of handles) await handle.close();
  await database?.drop();
});

/** drizzle types raw results loosely across drivers; these are the postgres driver's rows. */
const rows = <T>(result: unknown) => result as T[];

async function instances(n: number): Promise<DatabaseHandle[]> {
  const opened = await Promise.all(
    Array.from({ length: n }, () => openDatabase({ kind: "postgres", url: database.url, maxConnections: 2 })),
  );
  handles.push(...opened);
  return opened;
}

describe("start-up on one database from several instances at once", () => {
  it("migrates an empty database once, and every instance's migrate succeeds", async () => {
    const all = await instances(4);
    const outcomes = await Promise.allSettled(all.map((h) => h.migrate()));
    expect(outcomes.map((o) => (o.status === "rejected" ? String(o.reason) : "ok"))).toEqual([
      "ok",
      "ok",
      "ok",
      "ok",
    ]);
    const first = all[0];
    if (!first) throw new Error("no instance");
    const [applied] = rows<{ n: number; distinct: number }>(
      await first.db.execute(
        sql`select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`,
      ),
    );
    expect(applied?.n).toBeGreaterThan(0);
    expect(applied?.n).toBe(applied?.distinct);
  });

  it("runs one instance's start-up work at a time, each on the connection holding the lock", async () => {
    const all = await instances(3);
    const events: string[] = [];
    await Promise.all(
      all.map((h, i) =>
        h.withStartupLock(async ({ db }) => {
          events.push(`start ${i}`);
          const [held] = rows<{ n: number }>(
            await db.execute(
              sql`select count(*)::int as n from pg_locks
                  where locktype = 'advisory' and pid = pg_backend_pid() and granted`,
            ),
          );
          expect(held?.n).toBe(1);
          await db.execute(sql`select pg_sleep(0.2)`);
          events.push(`end ${i}`);
        }),
      ),
    );
    // Each start is followed by its own end before the next start.
    for (let k = 0; k < events.length; k += 2) {
      expect(events[k + 1]).toBe(events[k]?.replace("start", "end"));
    }
    expect(events).toHaveLength(6);
  });

  it("releases the lock when the work fails, so the next instance can start", async () => {
    const [one, two] = await instances(2);
    if (!one || !two) throw new Error("no instances");
    await expect(
      one.withStartupLock(async () => {
        throw new Error("migration failed");
      }),
    ).rejects.toThrow("migration failed");
    expect(await two.withStartupLock(async () => "started")).toBe("started");
  });
});
