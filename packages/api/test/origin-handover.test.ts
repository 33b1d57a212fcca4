import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveSessionUser } from "@kelias/auth";
import { auditLog, caseOriginHandovers } from "@kelias/db";
import { and, eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseApiEnv } from "../src/env";
import { loadOrCreateKeyFile } from "../src/origin-handover/signing-key";
import { handoverPublicKey, readHandoverFile, verifyHandover } from "../src/server";
import { insertConsent, insertDocument, insertService } from "./support/case-record";
import { useTestDatabase } from "./support/db";
import {
  assign,
  fingerprint,
  IP,
  openCase,
  signedIn,
  type TestUser,
  testUser,
  trpcError,
} from "./support/fixtures";

/**
 * Handover of an AVRR case to the office in the country of origin: the signed package's content
 * (the person's name in, a sensitive field out), its signature, the consent gate and who may.
 */

const t = useTestDatabase();
const owner = testUser(t, ["caseworker"], ["avrr"]);
const colleague = testUser(t, ["caseworker"], ["avrr"]);
const manager = testUser(t, ["manager"], ["avrr"]);
const admin = testUser(t, ["admin"]);
const ctOwner = testUser(t, ["caseworker"], ["counter_trafficking"]);

const keys = generateKeyPairSync("ed25519");
const HEALTH = "Insulin-dependent diabetes";

beforeAll(() => {
  vi.stubEnv("HANDOVER_SIGNING_KEY", keys.privateKey.export({ format: "pem", type: "pkcs8" }).toString());
});
afterAll(() => vi.unstubAllEnvs());

async function contextOf(user: TestUser) {
  return { db: t.db, user: await resolveSessionUser(t.db, user.claims), ip: IP };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

/** An AVRR case of the owner with a health note, a service, a travel document and the consent. */
async function preparedCase() {
  const c = await openCase(t.db, owner, "avrr");
  const caller = await signedIn(t.db, owner);
  await caller.case.sensitive.set({ caseId: c.id, category: "health", content: HEALTH, version: null });
  await insertService(t.db, c.id);
  const travel = await insertDocument(t.db, c.id, "travel");
  const medical = await insertDocument(t.db, c.id, "medical");
  const consent = await insertConsent(t.db, c.id, { purpose: "origin_office" });
  const form = {
    caseId: c.id,
    officeName: "Tbilisi office",
    officeCountry: "GE" as const,
    officeContact: "reintegration@example.org",
    handedOverOn: "2026-01-20",
    consentId: consent.id,
    documentIds: [travel.id],
  };
  return { c, caller, travel, medical, consent, form };
}

describe("a handover package", () => {
  it("is a signed PDF and JSON: the person's name in, a sensitive field withheld, the record kept", async () => {
    const { c, caller, travel, consent, form } = await preparedCase();
    const created = await caller.case.handover.create(form);

    const ctx = await contextOf(owner);
    const pdf = await readHandoverFile(ctx, { handoverId: created.id, format: "pdf" });
    const json = await readHandoverFile(ctx, { handoverId: created.id, format: "json" });
    expect(pdf.mimeType).toBe("application/pdf");
    const text = await pdfText(pdf.content);
    expect(text).toContain("Olena");
    expect(text).toContain(owner.name);
    expect(text).toContain("Tbilisi office");
    expect(text).not.toContain(HEALTH);
    expect(text).toContain("health details");

    const parsed = JSON.parse(new TextDecoder().decode(json.content));
    expect(parsed.package.person).toMatchObject({ givenName: "Olena", familyName: owner.name });
    expect(parsed.package.documents.map((d: { id: string }) => d.id)).toEqual([travel.id]);
    expect(parsed.package.sections.map((s: { key: string }) => s.key)).toEqual(["services"]);
    expect(new TextDecoder().decode(json.content)).not.toContain(HEALTH);

    // The receiving office verifies with the public key it downloaded.
    const publicKey = handoverPublicKey();
    expect(publicKey?.pem).toContain("BEGIN PUBLIC KEY");
    expect(text.replace(/\s/g, "")).toContain(publicKey?.fingerprint.slice(0, 16));
    expect(verifyHandover(pdf.content, json.content, publicKey?.pem ?? "")).toMatchObject({ valid: true });

    // A tampered PDF, a tampered package, another key: each fails.
    const tampered = new Uint8Array(pdf.content);
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = (tampered[middle] ?? 0) ^ 0xff;
    expect(verifyHandover(tampered, json.content, publicKey?.pem ?? "")).toEqual({
      valid: false,
      reason: "pdf_mismatch",
    });
    const changed = {
      ...parsed,
      package: { ...parsed.package, person: { ...parsed.package.person, givenName: "X" } },
    };
    expect(verifyHandover(pdf.content, JSON.stringify(changed), publicKey?.pem ?? "")).toEqual({
      valid: false,
      reason: "package_mismatch",
    });
    const other = generateKeyPairSync("ed25519").publicKey;
    expect(verifyHandover(pdf.content, json.content, other)).toMatchObject({
      valid: false,
      reason: "wrong_key",
    });
    const forged = {
      ...parsed,
      signature: { ...parsed.signature, value: Buffer.alloc(64).toString("base64") },
    };
    expect(verifyHandover(pdf.content, JSON.stringify(forged), publicKey?.pem ?? "")).toMatchObject({
      valid: false,
      reason: "bad_signature",
    });

    // The case shows it: the list, and the audit log (the timeline).
    const listed = await caller.case.handover.list({ caseId: c.id });
    expect(listed.handovers).toMatchObject([
      {
        id: created.id,
        officeName: "Tbilisi office",
        officeCountry: "GE",
        consentId: consent.id,
        documentCount: 1,
        pdfSha256: created.pdfSha256,
        handedOverByName: owner.name,
      },
    ]);
    expect(listed.consents.map((x) => x.id)).toEqual([consent.id]);
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, c.id), eq(auditLog.action, "case.handover.create")));
    expect(entries).toMatchObject([
      { outcome: "allowed", detail: { handoverId: created.id, consentId: consent.id } },
    ]);
  });

  it("is refused with a clear reason when the consent was withdrawn or is for another purpose", async () => {
    const { caller, consent, form, c } = await preparedCase();
    await caller.case.consent.withdraw({
      caseId: c.id,
      consentId: consent.id,
      version: consent.version,
      withdrawnOn: "2026-01-15",
    });
    const before = await fingerprint(t.db);
    const withdrawn = await trpcError(caller.case.handover.create(form));
    expect(withdrawn).toMatchObject({ code: "BAD_REQUEST", message: "consent_withdrawn" });
    const referral = await insertConsent(t.db, c.id, { purpose: "referral" });
    const after = await fingerprint(t.db);
    const wrong = await trpcError(caller.case.handover.create({ ...form, consentId: referral.id }));
    expect(wrong).toMatchObject({ code: "BAD_REQUEST", message: "consent_wrong_purpose" });
    expect(await fingerprint(t.db)).toEqual(after);
    expect(before.case_origin_handovers).toEqual(after.case_origin_handovers);
    expect((await caller.case.handover.list({ caseId: c.id })).consents).toEqual([]);
  });
});

describe("who hands over, and who downloads", () => {
  it("the people working on the case; others are refused, out of scope NOT_FOUND; bad input changes nothing", async () => {
    const { c, caller, medical, form } = await preparedCase();
    const before = await fingerprint(t.db);
    // Another caseworker of the programme and an administrator do not see the case at all.
    for (const user of [colleague, admin]) {
      expect(await trpcError((await signedIn(t.db, user)).case.handover.create(form))).toMatchObject({
        code: "NOT_FOUND",
      });
    }
    // The programme's manager reads the case (and its handovers) but does not hand it over.
    const managerCaller = await signedIn(t.db, manager);
    expect(await trpcError(managerCaller.case.handover.create(form))).toMatchObject({ code: "FORBIDDEN" });
    expect((await managerCaller.case.handover.list({ caseId: c.id })).handovers).toEqual([]);
    // Bad input: no office, a future day, a document of no case.
    expect(await trpcError(caller.case.handover.create({ ...form, officeName: "" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(
      await trpcError(caller.case.handover.create({ ...form, handedOverOn: "2099-01-01" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: "handover_in_future",
    });
    expect(
      await trpcError(caller.case.handover.create({ ...form, documentIds: [c.personId] })),
    ).toMatchObject({ code: "BAD_REQUEST", message: "document_unknown" });
    expect(await fingerprint(t.db)).toEqual(before);

    // A package with a medical document: the manager, who may not read health details, cannot download it.
    await assign(t.db, c.id, colleague.id);
    const key = crypto.randomUUID();
    const created = await caller.case.handover.create({
      ...form,
      documentIds: [medical.id],
      idempotencyKey: key,
    });
    // The same key again answers the same handover; with other input it is a conflict.
    expect(
      await caller.case.handover.create({ ...form, documentIds: [medical.id], idempotencyKey: key }),
    ).toEqual(created);
    expect(
      await trpcError(caller.case.handover.create({ ...form, officeName: "Other", idempotencyKey: key })),
    ).toMatchObject({ code: "CONFLICT" });
    expect(
      await t.db.select().from(caseOriginHandovers).where(eq(caseOriginHandovers.caseId, c.id)),
    ).toHaveLength(1);
    await expect(
      readHandoverFile(await contextOf(manager), { handoverId: created.id, format: "pdf" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "document_withheld" });
    await expect(
      readHandoverFile(await contextOf(admin), { handoverId: created.id, format: "json" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      readHandoverFile({ db: t.db, user: null, ip: IP }, { handoverId: created.id, format: "json" }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      readHandoverFile(await contextOf(owner), { handoverId: "not-an-id", format: "pdf" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const pdf = await readHandoverFile(await contextOf(colleague), { handoverId: created.id, format: "pdf" });
    expect(pdf.content.byteLength).toBeGreaterThan(1000);
  });

  it("only AVRR cases are handed over", async () => {
    const ct = await openCase(t.db, ctOwner, "counter_trafficking");
    const consent = await insertConsent(t.db, ct.id, { purpose: "origin_office" });
    const error = await trpcError(
      (await signedIn(t.db, ctOwner)).case.handover.create({
        caseId: ct.id,
        officeName: "Office",
        officeCountry: "UA",
        handedOverOn: "2026-01-20",
        consentId: consent.id,
      }),
    );
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "handover_programme" });
  });
});

describe("the signing key", () => {
  it("is read from the environment as PEM or base64, and a wrong one stops start-up", () => {
    const pem = keys.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const der = keys.privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
    for (const value of [pem, der, Buffer.from(pem).toString("base64")]) {
      expect(parseApiEnv({ HANDOVER_SIGNING_KEY: value }).handoverSigningKey?.asymmetricKeyType).toBe(
        "ed25519",
      );
    }
    expect(parseApiEnv({}).handoverSigningKey).toBeNull();
    expect(() => parseApiEnv({ HANDOVER_SIGNING_KEY: "not a key" })).toThrow(/HANDOVER_SIGNING_KEY/);
  });

  it("in the demo mode, is made once in the data folder and read back after", () => {
    const dir = mkdtempSync(join(tmpdir(), "kelias-key-"));
    try {
      const file = join(dir, "handover-signing-key.pem");
      const first = loadOrCreateKeyFile(file);
      const again = loadOrCreateKeyFile(file);
      expect(readFileSync(file, "utf8")).toContain("BEGIN PRIVATE KEY");
      expect(again.export({ format: "der", type: "pkcs8" })).toEqual(
        first.export({ format: "der", type: "pkcs8" }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
