import { describe, expect, it } from "vitest";
import { parseDbEnv } from "../src/env";
import { DEFAULT_POOL, driverOptions } from "../src/pool";

describe("the connection pool's settings", () => {
  it("default to a 10 s connect timeout, 10 connections, a minute's idle time, half an hour's life", () => {
    expect(parseDbEnv({}).pool).toEqual({
      maxConnections: 10,
      connectTimeoutSeconds: 10,
      idleTimeoutSeconds: 60,
      maxLifetimeSeconds: 1800,
    });
    expect(parseDbEnv({}).pool).toEqual(DEFAULT_POOL);
  });

  it("are read from the environment, 0 turning a limit off", () => {
    const { pool } = parseDbEnv({
      DATABASE_POOL_SIZE: "4",
      DATABASE_CONNECT_TIMEOUT: "3",
      DATABASE_IDLE_TIMEOUT: "0",
      DATABASE_MAX_LIFETIME: "0",
    });
    expect(pool).toEqual({
      maxConnections: 4,
      connectTimeoutSeconds: 3,
      idleTimeoutSeconds: 0,
      maxLifetimeSeconds: 0,
    });
    expect(driverOptions(pool)).toMatchObject({
      max: 4,
      connect_timeout: 3,
      idle_timeout: 0,
      max_lifetime: null,
    });
  });

  it("refuse a malformed value with the variable's name", () => {
    expect(() => parseDbEnv({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => parseDbEnv({ DATABASE_CONNECT_TIMEOUT: "soon" })).toThrow(/DATABASE_CONNECT_TIMEOUT/);
    expect(() => parseDbEnv({ DATABASE_IDLE_TIMEOUT: "-1" })).toThrow(/DATABASE_IDLE_TIMEOUT/);
    expect(() => parseDbEnv({ DATABASE_MAX_LIFETIME: "1.5" })).toThrow(/DATABASE_MAX_LIFETIME/);
  });
});
