import { z } from "zod";
import { DEFAULT_POOL, type PoolSettings } from "./pool";

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

/** A number of seconds; 0 turns the limit off. */
const seconds = (fallback: number) => z.coerce.number().int().min(0).max(86_400).default(fallback);

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  /** Demo mode loads demo data and lets the demo accounts sign in. Default: on for the embedded database. */
  DEMO_MODE: booleanFlag.optional(),
  DEMO_PEOPLE: z.coerce.number().int().min(0).max(100_000).default(48),
  /** Connections each app instance keeps to the Postgres server at most. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(DEFAULT_POOL.maxConnections),
  DATABASE_CONNECT_TIMEOUT: seconds(DEFAULT_POOL.connectTimeoutSeconds),
  DATABASE_IDLE_TIMEOUT: seconds(DEFAULT_POOL.idleTimeoutSeconds),
  DATABASE_MAX_LIFETIME: seconds(DEFAULT_POOL.maxLifetimeSeconds),
});

export type DbEnv = {
  databaseUrl: string | undefined;
  pgliteDataDir: string | undefined;
  demoMode: boolean;
  demoPeople: number;
  /** How the app's connections to a Postgres server are pooled (unused by the embedded database). */
  pool: PoolSettings;
};

/**
 * The variables a package reads, parsed by its schema: a bad one stops start-up with its name and
 * what is wrong with it (every package's environment fails the same way).
 */
export function parseEnvironment<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined>,
): z.output<S> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

/** Parses this package's environment once; a bad variable stops start-up with its name. */
export function parseDbEnv(source: Record<string, string | undefined>): DbEnv {
  const env = parseEnvironment(schema, source);
  return {
    databaseUrl: env.DATABASE_URL,
    pgliteDataDir: env.PGLITE_DATA_DIR,
    demoMode: env.DEMO_MODE ?? env.DATABASE_URL === undefined,
    demoPeople: env.DEMO_PEOPLE,
    pool: {
      maxConnections: env.DATABASE_POOL_SIZE,
      connectTimeoutSeconds: env.DATABASE_CONNECT_TIMEOUT,
      idleTimeoutSeconds: env.DATABASE_IDLE_TIMEOUT,
      maxLifetimeSeconds: env.DATABASE_MAX_LIFETIME,
    },
  };
}

let cached: DbEnv | undefined;
export function dbEnv(): DbEnv {
  cached ??= parseDbEnv(process.env);
  return cached;
}
