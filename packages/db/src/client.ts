import { mkdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquireDataDirLock } from "./lock";
import { migrationsFolder } from "./paths";
import { DEFAULT_POOL, driverOptions, type PoolSettings } from "./pool";
import * as schema from "./schema";
import { users } from "./schema";
import { refreshSearchKeys } from "./search-keys";

export type Schema = typeof schema;
/** One type for both drivers, so nothing above this package knows which database it talks to. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "embedded" | "postgres";

/** What start-up work may do while it holds the start-up lock. */
export interface StartupSession {
  /** The database, on the connection that holds the lock. */
  db: Database;
  /** Applies pending migrations, then computes the search columns rows lack (`refreshSearchKeys`). */
  migrate(): Promise<void>;
}

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Applies pending migrations, holding the start-up lock. */
  migrate(): Promise<void>;
  /**
   * Runs start-up work (migrations, demo data) while holding a lock that one process at a time
   * holds, so that instances started together on one empty database do not race on it. On
   * Postgres a session advisory lock; the embedded database is single-process already.
   */
  withStartupLock<T>(work: (session: StartupSession) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a query on the app's tables, through the pool requests use. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | ({ kind: "postgres"; url: string } & Partial<PoolSettings>)
  /**
   * `dataDir` undefined means in memory (tests); `snapshot` then names a file written by
   * `writeMigratedSnapshot` to start from instead of an empty cluster (initdb is most of the cost).
   */
  | { kind: "embedded"; dataDir: string | undefined; snapshot?: string };

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === "embedded") return openEmbedded(config.dataDir, config.snapshot);
  const { kind: _, url, ...pool } = config;
  return openPostgres(url, { ...DEFAULT_POOL, ...pool });
}

/** Any constant shared by every instance of the app: the key of the start-up advisory lock. */
const STARTUP_LOCK_KEY = 7_101_202_612;
/** How long an instance waits for another one's start-up before it gives up. */
const STARTUP_LOCK_WAIT = "10min";

const ping = async (db: Database) => {
  await db.select({ one: sql`1` }).from(users).limit(1);
};

function openPostgres(url: string, pool: PoolSettings): DatabaseHandle {
  const client = postgres(url, driverOptions(pool));
  const db = drizzlePostgres({ client, schema, casing: "snake_case" });
  const withStartupLock = async <T>(work: (session: StartupSession) => Promise<T>): Promise<T> => {
    // The work runs on the session that holds the lock: if that connection dies, the lock goes with
    // it and so does the work's transaction, rather than another instance starting alongside. Nor
    // may the connection be recycled while the work runs.
    const session = postgres(url, {
      ...driverOptions({ ...pool, maxConnections: 1 }),
      idle_timeout: 0,
      max_lifetime: null,
    });
    try {
      const [free] = await session`select pg_try_advisory_lock(${STARTUP_LOCK_KEY}) as got`;
      if (!free?.got) {
        console.info(
          "Another instance is starting up on this database (migrations, demo data): waiting for it.",
        );
        await session.unsafe(`set lock_timeout = '${STARTUP_LOCK_WAIT}'`);
        try {
          await session`select pg_advisory_lock(${STARTUP_LOCK_KEY})`;
        } catch (error) {
          throw new Error(
            `Another instance has held the start-up lock of this database for ${STARTUP_LOCK_WAIT}; giving up.`,
            { cause: error },
          );
        }
        await session`reset lock_timeout`;
      }
      const locked = drizzlePostgres({ client: session, schema, casing: "snake_case" });
      return await work({
        db: locked,
        migrate: async () => {
          await migratePostgres(locked, { migrationsFolder: migrationsFolder() });
          await refreshSearchKeys(locked);
        },
      });
    } finally {
      // Ending the session releases the lock.
      await session.end({ timeout: 5 });
    }
  };
  return {
    db,
    kind: "postgres",
    migrate: () => withStartupLock((session) => session.migrate()),
    withStartupLock,
    ping: () => ping(db),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openEmbedded(dataDir: string | undefined, snapshot?: string): Promise<DatabaseHandle> {
  if (dataDir && snapshot) throw new Error("a snapshot is loaded into an in-memory database only");
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    // The extensions the migrations create (duplicate search); PGlite loads them only when asked.
    const extensions = { pg_trgm, unaccent };
    const loadDataDir = snapshot ? new Blob([await readFile(snapshot)]) : undefined;
    client = await PGlite.create(dataDir ? { dataDir, extensions } : { extensions, loadDataDir });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  const migrate = async () => {
    await migratePglite(db, { migrationsFolder: migrationsFolder() });
    await refreshSearchKeys(db);
  };
  let closed = false;
  return {
    db,
    kind: "embedded",
    migrate,
    // One process holds the data folder (see lock.ts), and PGlite runs one query at a time.
    withStartupLock: (work) => work({ db, migrate }),
    ping: () => ping(db),
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * Writes a migrated, empty in-memory embedded database to `file`, for `openDatabase`'s `snapshot`:
 * a test run migrates once, and each test file starts from the copy.
 */
export async function writeMigratedSnapshot(file: string): Promise<void> {
  const client = await PGlite.create({ extensions: { pg_trgm, unaccent } });
  try {
    const db = drizzlePglite({ client, schema, casing: "snake_case" });
    await migratePglite(db, { migrationsFolder: migrationsFolder() });
    const dump = await client.dumpDataDir("none");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
}
