/**
 * The client's address for the per-address limit and the audit log, from the X-Forwarded-For
 * header: its last hop, the one the reverse proxy in front of the instances appended (earlier hops
 * are whatever the client sent, and would let it pick a fresh address for every attempt). Without a
 * proxy there is no header, and no address; no other header the client could set is trusted.
 */
export function clientIp(forwardedFor: unknown): string | null {
  if (typeof forwardedFor !== "string" || forwardedFor.length === 0) return null;
  return forwardedFor.split(",").at(-1)?.trim() || null;
}
