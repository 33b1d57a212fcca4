import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { dbEnv, parseEnvironment, workspaceRoot } from "@kelias/db";
import { z } from "zod";

const schema = z.object({
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url("must be an absolute URL such as http://localhost:3000").optional(),
  MFA_ENCRYPTION_KEY: z.string().min(32, "must be at least 32 characters").optional(),
});

export interface AuthEnv {
  secret: string;
  /**
   * Key material for the TOTP secrets at rest: MFA_ENCRYPTION_KEY, else NEXTAUTH_SECRET. A dedicated
   * key lets the session secret be rotated without making every enrolled authenticator unreadable.
   */
  mfaKey: string;
  demoMode: boolean;
}

/**
 * In demo mode on the embedded database a secret is generated once and kept beside the data, so
 * the first command of the README needs no configuration; anywhere else it must be provided.
 */
function demoSecret(): string {
  const file = join(workspaceRoot(), ".data", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function parseAuthEnv(source: Record<string, string | undefined>): AuthEnv {
  const env = parseEnvironment(schema, source);
  const db = dbEnv();
  const provided = env.NEXTAUTH_SECRET;
  if (!provided && (db.databaseUrl || !db.demoMode)) {
    throw new Error("Invalid environment: NEXTAUTH_SECRET: required unless running the embedded demo");
  }
  const secret = provided ?? demoSecret();
  return { secret, mfaKey: env.MFA_ENCRYPTION_KEY ?? secret, demoMode: db.demoMode };
}

let cached: AuthEnv | undefined;
export function authEnv(): AuthEnv {
  cached ??= parseAuthEnv(process.env);
  return cached;
}
