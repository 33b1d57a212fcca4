import { parseDbEnv } from "@kelias/db";
import { describe, expect, it } from "vitest";
import { parseAuthEnv } from "../src/env";

describe("environment parsing", () => {
  it("defaults to the embedded database in demo mode", () => {
    expect(parseDbEnv({})).toMatchObject({ databaseUrl: undefined, demoMode: true, demoPeople: 48 });
  });

  it("turns demo mode off by default on a Postgres server", () => {
    expect(parseDbEnv({ DATABASE_URL: "postgres://db.internal/kelias" }).demoMode).toBe(false);
  });

  it("names the variable that is wrong", () => {
    expect(() => parseDbEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseDbEnv({ DEMO_MODE: "maybe" })).toThrow(/DEMO_MODE: must be true or false/);
    expect(() => parseDbEnv({ DEMO_PEOPLE: "-3" })).toThrow(/DEMO_PEOPLE/);
  });
});

describe("auth environment", () => {
  const secret = "s".repeat(32);

  it("encrypts TOTP secrets with MFA_ENCRYPTION_KEY, else with NEXTAUTH_SECRET", () => {
    expect(parseAuthEnv({ NEXTAUTH_SECRET: secret }).mfaKey).toBe(secret);
    expect(parseAuthEnv({ NEXTAUTH_SECRET: secret, MFA_ENCRYPTION_KEY: "k".repeat(40) }).mfaKey).toBe(
      "k".repeat(40),
    );
    expect(() => parseAuthEnv({ NEXTAUTH_SECRET: secret, MFA_ENCRYPTION_KEY: "short" })).toThrow(
      /MFA_ENCRYPTION_KEY/,
    );
  });
});
