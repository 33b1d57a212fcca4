import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "./context";
import { appRouter } from "./root";

/**
 * What every answer carrying personal data says to caches: keep it in no shared cache (a proxy, a
 * CDN) and nowhere on disk. The file routes send it too; this is the tRPC endpoint's copy.
 */
export const PRIVATE_NO_STORE = "private, no-store";

/** The tRPC endpoint: the router over HTTP (fetch API), every answer marked private, no-store. */
export function handleTrpcRequest(
  req: Request,
  options: {
    endpoint: string;
    createContext: () => Promise<Context>;
    onError?: (failure: { code: string; path: string | undefined; error: Error }) => void;
  },
): Promise<Response> {
  return fetchRequestHandler({
    endpoint: options.endpoint,
    req,
    router: appRouter,
    createContext: options.createContext,
    responseMeta: () => ({ headers: { "Cache-Control": PRIVATE_NO_STORE } }),
    onError: ({ error, path }) => options.onError?.({ code: error.code, path, error }),
  });
}
