import { type ConsentFacts, checkReferralConsent, consentCovers } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/client";
import { seedDemo } from "../src/demo/seed";
import {
  caseConsents,
  caseNoteRevisions,
  caseNotes,
  caseReferrals,
  caseServices,
  cases,
  caseTasks,
  partners,
} from "../src/schema";

const NOW = new Date("2026-06-15T12:00:00.000Z");
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openDatabase({ kind: "embedded", dataDir: undefined });
  await handle.migrate();
  await seedDemo(handle.db, { people: 24, now: NOW, hashPassword: async (p) => `hash:${p}` });
}, 120_000);

afterAll(() => handle?.close());

describe("demo case record", () => {
  it("has a partner registry of invented organisations, all active", async () => {
    const rows = await handle.db.select().from(partners);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((p) => p.active && p.version === 1)).toBe(true);
  });

  it("has notes, services, consents and tasks on the demo cases", async () => {
    for (const table of [caseNotes, caseServices, caseConsents, caseTasks]) {
      expect(await handle.db.$count(table)).toBeGreaterThan(0);
    }
  });

  it("keeps the earlier text of every edited note", async () => {
    const edited = await handle.db.select().from(caseNotes).where(eq(caseNotes.version, 2));
    for (const note of edited) {
      const revisions = await handle.db
        .select()
        .from(caseNoteRevisions)
        .where(eq(caseNoteRevisions.noteId, note.id));
      expect(revisions).toHaveLength(1);
      expect(note.content.startsWith(revisions[0]?.content ?? "?")).toBe(true);
    }
  });

  it("makes every referral under a consent that covered it", async () => {
    const referrals = await handle.db.select().from(caseReferrals);
    const consents = await handle.db.select().from(caseConsents);
    for (const referral of referrals) {
      const facts: ConsentFacts[] = consents
        .filter((c) => c.caseId === referral.caseId)
        .map((c) => ({
          id: c.id,
          purpose: c.purpose,
          partnerId: c.partnerId,
          givenOn: c.givenOn,
          withdrawnOn: c.withdrawnOn,
          checklist: {
            interview: c.interview,
            purposeExplained: c.purposeExplained,
            usesExplained: c.usesExplained,
            researchUse: c.researchUse,
            rightToAccess: c.rightToAccess,
            storagePeriod: c.storagePeriod,
            howToWithdraw: c.howToWithdraw,
          },
        }));
      const request = { partnerId: referral.partnerId, on: referral.referredAt.toISOString().slice(0, 10) };
      expect(checkReferralConsent(facts, request).allowed).toBe(true);
      const named = facts.find((c) => c.id === referral.consentId);
      expect(named && consentCovers(named, request)).toBe(true);
    }
  });

  it("gives tasks only to open cases, and dates nothing after now", async () => {
    const rows = await handle.db
      .select({ closedAt: cases.closedAt, createdAt: caseTasks.createdAt })
      .from(caseTasks)
      .innerJoin(cases, eq(cases.id, caseTasks.caseId));
    expect(rows.every((r) => r.closedAt === null && r.createdAt <= NOW)).toBe(true);
    const notes = await handle.db.select({ at: caseNotes.updatedAt }).from(caseNotes);
    expect(notes.every((n) => n.at <= NOW)).toBe(true);
    const services = await handle.db.select({ on: caseServices.deliveredOn }).from(caseServices);
    expect(services.every((s) => s.on <= "2026-06-15")).toBe(true);
  });
});
