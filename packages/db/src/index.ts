export {
  type AuditEntry,
  type AuditVerification,
  appendAudit,
  canonical as canonicalJson,
  type Executor,
  verifyAuditChain,
} from "./audit";
export {
  type Database,
  type DatabaseConfig,
  type DatabaseHandle,
  type DatabaseKind,
  openDatabase,
  type StartupSession,
  writeMigratedSnapshot,
} from "./client";
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "./demo/accounts";
export { type SeedOptions, seedDemo } from "./demo/seed";
export { type DbEnv, dbEnv, parseDbEnv, parseEnvironment } from "./env";
export { defaultDataDir, workspaceRoot } from "./paths";
export { DEFAULT_POOL, type PoolSettings } from "./pool";
export { nextCaseReference } from "./references";
export * from "./schema";
export { noteSearchColumns, personSearchColumns, refreshSearchKeys } from "./search-keys";
export { closeSharedDatabase, sharedDatabase } from "./shared";
