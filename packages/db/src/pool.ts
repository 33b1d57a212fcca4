import type postgres from "postgres";

/** How one process pools its connections to a Postgres server. */
export interface PoolSettings {
  /** Connections at most; every app instance has its own pool. */
  maxConnections: number;
  /** How long opening a connection may take before the request waiting for it fails. */
  connectTimeoutSeconds: number;
  /** An unused connection is closed after this long (0: kept open). */
  idleTimeoutSeconds: number;
  /** A connection is replaced after this long (0: never), so none outlives a failover or a proxy's limit. */
  maxLifetimeSeconds: number;
}

/**
 * The driver's own connect timeout is 30 s, which a request waiting for a connection to an
 * unreachable server should not have to sit out; ten connections serve one instance's requests
 * (each holds one only for a query or a transaction); idle ones are let go after a minute so that
 * quiet instances do not hold the server's connection slots.
 */
export const DEFAULT_POOL: PoolSettings = {
  maxConnections: 10,
  connectTimeoutSeconds: 10,
  idleTimeoutSeconds: 60,
  maxLifetimeSeconds: 30 * 60,
};

/** The driver's options for these settings. */
export function driverOptions(settings: PoolSettings): postgres.Options<Record<string, never>> {
  return {
    max: settings.maxConnections,
    connect_timeout: settings.connectTimeoutSeconds,
    idle_timeout: settings.idleTimeoutSeconds,
    max_lifetime: settings.maxLifetimeSeconds || null,
    // Names the app's sessions in pg_stat_activity, for an operator looking at the server.
    connection: { application_name: "kelias" },
    onnotice: () => {},
  };
}
