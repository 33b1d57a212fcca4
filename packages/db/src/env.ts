import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  /** Demo mode loads demo data and lets the demo accounts sign in. Default: on for the embedded database. */
  DEMO_MODE: booleanFlag.optional(),
  DEMO_PEOPLE: z.coerce.number().int().min(0).max(100_000).default(48),
});

export type DbEnv = {
  databaseUrl: string | undefined;
  pgliteDataDir: string | undefined;
  demoMode: boolean;
  demoPeople: number;
};

/** Parses this package's environment once; a bad variable stops start-up with its name. */
export function parseDbEnv(source: Record<string, string | undefined>): DbEnv {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const env = result.data;
  return {
    databaseUrl: env.DATABASE_URL,
    pgliteDataDir: env.PGLITE_DATA_DIR,
    demoMode: env.DEMO_MODE ?? env.DATABASE_URL === undefined,
    demoPeople: env.DEMO_PEOPLE,
  };
}

let cached: DbEnv | undefined;
export function dbEnv(): DbEnv {
  cached ??= parseDbEnv(process.env);
  return cached;
}
