import { authEnv } from "@kelias/auth";
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";

/**
 * Signed-out visitors of any page are sent to sign-in, remembering where they were going. Whether the
 * session is still valid (user active, access unchanged) is checked against the database by the pages
 * and the API on every request; this only needs a token at all.
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: authEnv().secret });
  if (token) return NextResponse.next();
  const url = new URL("/signin", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") url.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(url);
}

export const config = {
  // Everything except sign-in, the API (which answers 401 itself), health and static files.
  matcher: ["/((?!signin|api/|_next/|favicon\\.ico|icon\\.svg).*)"],
};
