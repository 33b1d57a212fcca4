import { createRequestContext, handleTrpcRequest } from "@kelias/api/server";
import { refuseCrossSiteRequest } from "@/lib/csrf";

function handler(req: Request) {
  // The proxy refuses cross-site mutations already; checked again here so that the endpoint stays
  // protected whatever becomes of the proxy's matcher.
  const refused = refuseCrossSiteRequest(req);
  if (refused) return refused;
  return handleTrpcRequest(req, {
    endpoint: "/api/trpc",
    createContext: () => createRequestContext(req.headers),
    onError({ code, path, error }) {
      if (code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
