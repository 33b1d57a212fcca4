/** Applies pending migrations to the configured database (DATABASE_URL, or the embedded one). */
import { closeSharedDatabase, dbEnv, sharedDatabase } from "../src/index";

async function main() {
  const handle = await sharedDatabase();
  await handle.migrate();
  console.info(
    `Migrations applied (${handle.kind}${dbEnv().databaseUrl ? "" : `, ${dbEnv().pgliteDataDir ?? ".data/pglite"}`}).`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeSharedDatabase());
