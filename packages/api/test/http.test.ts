import { resolveSessionUser } from "@kelias/auth";
import { describe, expect, it } from "vitest";
import { handleTrpcRequest } from "../src/server";
import { IP, type TestUser, useApiTest } from "./support/api-test";

/** The tRPC endpoint over HTTP, as the browser reaches it: no answer may be kept by a cache. */

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr"]);

async function call(url: string, user: TestUser | null, init?: RequestInit) {
  return handleTrpcRequest(new Request(`http://localhost${url}`, init), {
    endpoint: "/api/trpc",
    createContext: async () => ({
      db: api.db,
      user: user ? await resolveSessionUser(api.db, user.claims) : null,
      ip: IP,
    }),
  });
}

const input = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));

describe("the tRPC endpoint", () => {
  it("marks answers carrying personal data private, no-store", async () => {
    const c = await api.openCase(worker, "avrr");
    const response = await call(`/api/trpc/case.get?input=${input({ id: c.id })}`, worker);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(c.reference);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("marks batched answers and mutations the same way", async () => {
    const batch = await call(`/api/trpc/user.me,case.list?batch=1&input=${input({})}`, worker);
    expect(batch.headers.get("cache-control")).toBe("private, no-store");
    const mutation = await call("/api/trpc/person.search", worker, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { query: "Olena" } }),
    });
    expect(mutation.status).toBe(200);
    expect(mutation.headers.get("cache-control")).toBe("private, no-store");
  });

  it("marks refusals too", async () => {
    const signedOut = await call("/api/trpc/user.me", null);
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get("cache-control")).toBe("private, no-store");
    const missing = await call(`/api/trpc/case.get?input=${input({ id: "not-a-uuid" })}`, worker);
    expect(missing.status).toBe(400);
    expect(missing.headers.get("cache-control")).toBe("private, no-store");
  });
});
