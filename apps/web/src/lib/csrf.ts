import { isCrossSiteRequest } from "@kelias/auth";

/** The origins the app's own pages are served from: this request's, and the configured public URL. */
function appOrigins(request: Request): string[] {
  const origins = [new URL(request.url).origin];
  const configured = process.env.NEXTAUTH_URL;
  if (configured && URL.canParse(configured)) origins.push(new URL(configured).origin);
  return origins;
}

/**
 * A 403 for a state-changing request that another site made the browser send (CSRF), or null. The
 * session cookie is SameSite=Lax, which already keeps it off cross-site POSTs; this is the second,
 * independent line.
 */
export function refuseCrossSiteRequest(request: Request): Response | null {
  if (!isCrossSiteRequest(request.method, request.headers, appOrigins(request))) return null;
  return Response.json({ code: "FORBIDDEN", reason: "cross_site_request" }, { status: 403 });
}
