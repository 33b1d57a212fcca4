import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquireDataDirLock } from "./lock";
import { migrationsFolder } from "./paths";
import * as schema from "./schema";

export type Schema = typeof schema;
/** One type for both drivers, so nothing above this package knows which database it talks to. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "embedded" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { kind: "postgres"; url: string; maxConnections?: number }
  /** `dataDir` undefined means in memory (tests). */
  | { kind: "embedded"; dataDir: string | undefined };

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === "postgres"
    ? openPostgres(config.url, config.maxConnections)
    : openEmbedded(config.dataDir);
}

function openPostgres(url: string, maxConnections = 10): DatabaseHandle {
  const client = postgres(url, { max: maxConnections, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema, casing: "snake_case" });
  return {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(db, { migrationsFolder: migrationsFolder() }),
    ping: async () => {
      await client`select 1`;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function openEmbedded(dataDir: string | undefined): Promise<DatabaseHandle> {
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    // The extensions the migrations create (duplicate search); PGlite loads them only when asked.
    const extensions = { pg_trgm, unaccent };
    client = await PGlite.create(dataDir ? { dataDir, extensions } : { extensions });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  let closed = false;
  return {
    db,
    kind: "embedded",
    migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
    ping: async () => {
      await client.query("select 1");
    },
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
