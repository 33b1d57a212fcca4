/** Methods that change nothing; every other method must come from the app's own pages. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery check for state-changing requests: the browser must say the request
 * comes from this site. `Sec-Fetch-Site` (all current browsers) is decisive when present; otherwise
 * `Origin` must be one of the app's origins. A request with neither is refused too: every browser
 * sends at least one of them on a POST, so only non-browser clients lack both, and they have no
 * business with the cookie-authenticated endpoints.
 */
export function isCrossSiteRequest(
  method: string,
  headers: { get(name: string): string | null },
  allowedOrigins: readonly string[],
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get("sec-fetch-site");
  if (site) return site !== "same-origin";
  const origin = headers.get("origin");
  if (!origin || origin === "null") return true;
  return !allowedOrigins.includes(origin);
}
