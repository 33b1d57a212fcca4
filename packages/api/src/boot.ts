import { hashPassword } from "@kelias/auth";
import { closeSharedDatabase, dbEnv, seedDemo, sharedDatabase } from "@kelias/db";
import { apiEnv } from "./env";

let shutdownInstalled = false;

/** Close the embedded database cleanly when the process is asked to stop. */
function installShutdown() {
  if (shutdownInstalled) return;
  shutdownInstalled = true;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second signal (Ctrl-C reaches every process of the group) must not cut the close short.
    if (stopping) return;
    stopping = true;
    console.info(`${signal} received: closing the database.`);
    closeSharedDatabase()
      .catch((error: unknown) => console.error("Closing the database failed:", error))
      .finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** Runs once when the server starts: migrate, load demo data on a new demo instance, arm shutdown. */
export async function boot(): Promise<void> {
  const env = dbEnv();
  // A malformed mail setting stops the start with its name, like every other variable.
  apiEnv();
  const handle = await sharedDatabase();
  installShutdown();
  await handle.migrate();
  if (env.demoMode) {
    const { seeded } = await seedDemo(handle.db, { people: env.demoPeople, hashPassword });
    if (seeded) console.info(`Demo data loaded (${env.demoPeople} people).`);
  }
  console.info(`Database ready (${handle.kind}${env.demoMode ? ", demo mode" : ""}).`);
}

export async function health(timeoutMs = 2_000): Promise<{ ok: boolean; database: "embedded" | "postgres" }> {
  const database = dbEnv().databaseUrl ? "postgres" : "embedded";
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
  });
  try {
    await Promise.race([sharedDatabase().then((handle) => handle.ping()), timeout]);
    return { ok: true, database };
  } catch {
    return { ok: false, database };
  } finally {
    clearTimeout(timer);
  }
}
