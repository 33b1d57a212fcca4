import { type DatabaseHandle, openDatabase } from "./client";
import { dbEnv } from "./env";
import { defaultDataDir } from "./paths";

const KEY = Symbol.for("kelias.database");
type Holder = { [KEY]?: Promise<DatabaseHandle> };

/**
 * The one database handle of this process. Kept on globalThis because Next.js may load this module
 * more than once (one copy per bundle layer), and two PGlite instances on one folder would corrupt it.
 */
export function sharedDatabase(): Promise<DatabaseHandle> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (() => {
    const env = dbEnv();
    return env.databaseUrl
      ? openDatabase({ kind: "postgres", url: env.databaseUrl, ...env.pool })
      : openDatabase({ kind: "embedded", dataDir: env.pgliteDataDir ?? defaultDataDir() });
  })();
  return holder[KEY];
}

export async function closeSharedDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[KEY];
  if (!pending) return;
  delete holder[KEY];
  await (await pending).close();
}
