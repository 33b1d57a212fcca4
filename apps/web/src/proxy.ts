import { authEnv } from "@kelias/auth";
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { refuseCrossSiteRequest } from "@/lib/csrf";

/** Pages a signed-out visitor may open. */
const PUBLIC_PAGES = ["/signin", "/set-password"];
/** Where a user who must enrol a second factor is sent first. */
const ENROL_PAGE = "/signin/enrol";

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

function servedOverHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded === "https" || request.nextUrl.protocol === "https:";
}

/**
 * Scripts only from this app and with this response's nonce (Next adds it to its own scripts);
 * styles may be inline because the UI library positions overlays with style attributes; images
 * also as data: URLs (the enrolment QR code); nothing may frame the app.
 */
function contentSecurityPolicy(nonce: string, https: boolean): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function redirectTo(request: NextRequest, pathname: string): NextResponse {
  const url = new URL(pathname, request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") url.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(url);
}

/**
 * Every request passes here. State-changing API calls must come from the app's own pages (CSRF).
 * Pages: signed-out visitors go to sign-in (remembering where they were going), a user who must
 * enrol a second factor goes to enrolment, and every page gets a CSP with a fresh nonce. Whether
 * the session is still valid (record not ended, user active, access unchanged) is checked against
 * the database by the pages and the API on every request; this only reads the token.
 */
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const https = servedOverHttps(request);
  let response: NextResponse;

  if (under(path, "/api")) {
    const refused = refuseCrossSiteRequest(request);
    if (refused) return refused;
    response = NextResponse.next();
    // The API's answers carry personal data: no shared cache keeps them, nothing writes them to
    // disk. A route that says more (the health check's no-store) overrides this default.
    response.headers.set("Cache-Control", "private, no-store");
  } else {
    const token = await getToken({ req: request, secret: authEnv().secret });
    const isPublic = PUBLIC_PAGES.some((page) => under(path, page));
    if (!token && !isPublic) return redirectTo(request, "/signin");
    if (token?.mfaDue && !isPublic) return redirectTo(request, ENROL_PAGE);

    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    const csp = contentSecurityPolicy(nonce, https);
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    // Next reads the policy from the request to put the nonce on the scripts it renders.
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", csp);
  }
  // Only over HTTPS: sent over plain HTTP it would be ignored at best, and lock out a test instance.
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  // Everything but Next's static files and the icons.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"],
};
