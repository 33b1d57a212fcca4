import { webcrypto } from "node:crypto";
import { idempotencyKey } from "@kelias/domain";
import { describe, expect, it } from "vitest";
import { newIdempotencyKey } from "../src/lib/idempotency-key";

describe("newIdempotencyKey", () => {
  it("makes uuids the API accepts, different each time", () => {
    const keys = Array.from({ length: 100 }, () => newIdempotencyKey());
    for (const key of keys) expect(idempotencyKey.safeParse(key).success).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("makes version 4 uuids without randomUUID too (pages served over plain HTTP)", () => {
    const insecure = {
      getRandomValues: (array: Uint8Array<ArrayBuffer>) => webcrypto.getRandomValues(array),
    };
    const keys = Array.from({ length: 100 }, () => newIdempotencyKey(insecure));
    for (const key of keys) {
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(idempotencyKey.safeParse(key).success).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });
});
