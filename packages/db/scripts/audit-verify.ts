/** Recomputes the audit log's hash chain: `pnpm audit:verify`. Exits 1 at the first broken link. */
import { closeSharedDatabase, sharedDatabase, verifyAuditChain } from "../src/index";

async function main() {
  const { db } = await sharedDatabase();
  const result = await verifyAuditChain(db);
  if (result.ok) {
    console.info(`Audit log intact: ${result.entries} entries verified.`);
  } else {
    console.error(
      `Audit log broken at entry ${result.brokenAt}: it was changed or removed (${result.entries} entries before it verified).`,
    );
    process.exitCode = 1;
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeSharedDatabase());
