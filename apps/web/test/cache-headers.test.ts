import { TRPCError } from "@trpc/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { httpError } from "../src/lib/http-errors";
import { proxy } from "../src/proxy";

/** Answers of the API name people and cases: no shared cache may keep them, nothing may store them. */
describe("Cache-Control on the API", () => {
  it("is private, no-store on every answer that passes the proxy under /api", async () => {
    for (const path of ["/api/trpc/case.get", "/api/cases/x/documents", "/api/exports/cases"]) {
      const response = await proxy(new NextRequest(`http://localhost${path}`));
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    }
  });

  it("is private, no-store on the file routes' refusals, which name the record", async () => {
    const response = httpError(new TRPCError({ code: "NOT_FOUND", message: "Not found." }));
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });
});
