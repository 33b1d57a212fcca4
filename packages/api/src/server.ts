/** Server-only entry: the router, the callers and the start-up hooks. */
import { currentUser } from "@kelias/auth";
import { sharedDatabase } from "@kelias/db";
import { type Context, clientIpFrom } from "./context";
import { appRouter } from "./root";
import { createCallerFactory } from "./trpc";

export { boot, health } from "./boot";
export { type Context, clientIpFrom } from "./context";
export { readCaseDocument, uploadCaseDocument } from "./documents";
export { type AppRouter, appRouter } from "./root";

export const createCaller = createCallerFactory(appRouter);

/** The context of one HTTP request or server render. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const { db } = await sharedDatabase();
  return { db, user: await currentUser(), ip: clientIpFrom(headers) };
}
