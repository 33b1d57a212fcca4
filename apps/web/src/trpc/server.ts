import "server-only";
import { createCaller, createRequestContext } from "@kelias/api/server";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";

/** Server components call the router directly: no HTTP hop during render. */
export async function api() {
  return createCaller(await createRequestContext(await headers()));
}

/** Maps the API's refusals to what a page shows: sign-in, or "not found" (also for out of scope). */
export async function orPageError<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED") redirect("/signin");
      if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || error.code === "BAD_REQUEST")
        notFound();
    }
    throw error;
  }
}
