import { appRouter, createRequestContext } from "@kelias/api/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { refuseCrossSiteRequest } from "@/lib/csrf";

function handler(req: Request) {
  // The proxy refuses cross-site mutations already; checked again here so that the endpoint stays
  // protected whatever becomes of the proxy's matcher.
  const refused = refuseCrossSiteRequest(req);
  if (refused) return refused;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createRequestContext(req.headers),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
