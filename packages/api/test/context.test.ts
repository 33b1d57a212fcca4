import { describe, expect, it } from "vitest";
import { clientIpFrom } from "../src/context";

describe("clientIpFrom", () => {
  it("takes the hop the proxy appended, not one the client wrote", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" });
    expect(clientIpFrom(headers)).toBe("198.51.100.7");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "198.51.100.7" }))).toBe("198.51.100.7");
  });

  it("trusts no other header the client could set", () => {
    expect(clientIpFrom(new Headers({ "x-real-ip": "203.0.113.9" }))).toBeNull();
    expect(clientIpFrom(new Headers())).toBeNull();
  });
});
