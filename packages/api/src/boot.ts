import { hashPassword } from "@kelias/auth";
import { closeSharedDatabase, dbEnv, seedDemo, sharedDatabase } from "@kelias/db";
import { officeToday } from "@kelias/domain";
import { apiEnv } from "./env";
import { raiseExpiringTravelDocumentTasks } from "./travel/record";

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
  // Instances started together on one database take turns: the first migrates (and seeds a demo),
  // the others wait for it, then find nothing left to do.
  await handle.withStartupLock(async (session) => {
    await session.migrate();
    if (env.demoMode) {
      const { seeded } = await seedDemo(session.db, { people: env.demoPeople, hashPassword });
      if (seeded) console.info(`Demo data loaded (${env.demoPeople} people).`);
    }
    // Travel documents whose expiry came within the warning window since they were last written
    // raise their task (idempotent). Until a job queue runs it daily, this start-up pass and the
    // check on every travel-document write are what raise them.
    const raised = await raiseExpiringTravelDocumentTasks(
      session.db,
      officeToday(new Date()),
      apiEnv().travelDocumentExpiryWarningDays,
    );
    if (raised > 0) console.info(`Expiring travel documents: ${raised} task(s) raised.`);
  });
  console.info(`Database ready (${handle.kind}${env.demoMode ? ", demo mode" : ""}).`);
}

/** An error's message followed by its causes' (drizzle wraps the driver's error in its own). */
function explain(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e !== undefined && messages.length < 5; e = (e as { cause?: unknown }).cause) {
    messages.push(e instanceof Error ? e.message.trim() : String(e));
    if (!(e instanceof Error)) break;
  }
  return messages.join("\n  caused by: ");
}

/**
 * The server's start-up hook: boots, or stops the process with a non-zero status after saying why.
 * A server left running after a failed start would answer every request, health checks included,
 * with an error, and look alive to whatever supervises it; stopped, it gets restarted or reported.
 */
export async function bootOrExit(): Promise<void> {
  try {
    await boot();
  } catch (error) {
    console.error(`Start-up failed, so the server stops: ${explain(error)}`);
    // Close an embedded database this process opened, so that its folder is left clean.
    await closeSharedDatabase().catch(() => {});
    process.exit(1);
  }
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
