import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "../src/csrf";

const APP = ["https://kelias.example.org"];
const headers = (values: Record<string, string>) => new Headers(values);

describe("isCrossSiteRequest", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(isCrossSiteRequest(method, headers({ "sec-fetch-site": "cross-site" }), APP)).toBe(false);
    }
  });

  it("accepts a change from the app's own pages", () => {
    expect(isCrossSiteRequest("POST", headers({ "sec-fetch-site": "same-origin" }), APP)).toBe(false);
    expect(isCrossSiteRequest("POST", headers({ origin: "https://kelias.example.org" }), APP)).toBe(false);
  });

  it("refuses a change from another site, a sibling subdomain, or an opaque origin", () => {
    for (const site of ["cross-site", "same-site", "none"]) {
      expect(isCrossSiteRequest("POST", headers({ "sec-fetch-site": site }), APP)).toBe(true);
    }
    expect(isCrossSiteRequest("POST", headers({ origin: "https://evil.example.net" }), APP)).toBe(true);
    expect(isCrossSiteRequest("DELETE", headers({ origin: "http://kelias.example.org" }), APP)).toBe(true);
    expect(isCrossSiteRequest("POST", headers({ origin: "null" }), APP)).toBe(true);
  });

  it("trusts Sec-Fetch-Site over Origin, and refuses a change that carries neither", () => {
    expect(
      isCrossSiteRequest(
        "POST",
        headers({ "sec-fetch-site": "cross-site", origin: "https://kelias.example.org" }),
        APP,
      ),
    ).toBe(true);
    expect(isCrossSiteRequest("PUT", headers({}), APP)).toBe(true);
  });
});
