import { feedbackStatus, SCREENING_REFERRAL_SOURCE } from "@kelias/domain";
import { isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/client";
import { seedDemo } from "../src/demo/seed";
import { caseFeedback, cases, traffickingScreenings } from "../src/schema";

const NOW = new Date("2026-06-15T12:00:00.000Z");
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openDatabase({ kind: "embedded", dataDir: undefined });
  await handle.migrate();
  await seedDemo(handle.db, { people: 24, now: NOW, hashPassword: async (p) => `hash:${p}` });
}, 120_000);

afterAll(() => handle?.close());

describe("demo entry points and feedback", () => {
  it("gives most cases an entry point, a few of the oldest none, and the screened ones the office", async () => {
    const rows = await handle.db.select().from(cases);
    const recorded = rows.filter((c) => c.referralSource !== null);
    expect(recorded.length).toBeGreaterThan(rows.length / 2);
    expect(recorded.length).toBeLessThan(rows.length);
    expect(new Set(recorded.map((c) => c.referralSource)).size).toBeGreaterThan(3);
    const screened = await handle.db
      .select({ id: traffickingScreenings.caseId })
      .from(traffickingScreenings)
      .where(isNotNull(traffickingScreenings.sourceCaseId));
    for (const { id } of screened) {
      const c = rows.find((r) => r.id === id);
      if (c?.referralSource) expect(c.referralSource).toBe(SCREENING_REFERRAL_SOURCE);
    }
  });

  it("has feedback of every kind, open and resolved, consistent with its status, never in the future", async () => {
    const rows = await handle.db.select().from(caseFeedback);
    expect(new Set(rows.map((f) => f.kind))).toEqual(new Set(["satisfaction", "complaint", "suggestion"]));
    expect(rows.some((f) => f.status === "open")).toBe(true);
    expect(rows.some((f) => f.status === "resolved")).toBe(true);
    for (const f of rows) {
      expect(f.status).toBe(feedbackStatus(f));
      expect(f.receivedOn <= NOW.toISOString().slice(0, 10)).toBe(true);
    }
  });
});
