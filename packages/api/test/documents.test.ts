import { resolveSessionUser } from "@kelias/auth";
import { auditLog, caseDocuments } from "@kelias/db";
import { type DocumentCategory, type DocumentReplaceInput, officeToday } from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError, z } from "zod";
import { readCaseDocument, replaceCaseDocument, uploadCaseDocument } from "../src/documents";
import { IP as ip, PERSON, SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const worker = api.user(["caseworker"], ["social_assistance"]);
const colleague = api.user(["caseworker"], ["social_assistance"]);
const manager = api.user(["manager"], ["social_assistance"]);
let caseId: string;

// Smallest valid files of each kind, as bytes: what matters is their signature.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
/** An ELF executable header: what a renamed program looks like. */
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]);

async function ctxOf(user: TestUser | null) {
  return { db: api.db, user: user ? await resolveSessionUser(api.db, user.claims) : null, ip };
}

async function refusal(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return { code: (error as TRPCError).code, message: (error as TRPCError).message };
  }
  throw new Error("expected the call to fail");
}

beforeAll(async () => {
  const caller = await api.as(worker);
  const { id: personId } = await caller.person.create(PERSON);
  ({ id: caseId } = await caller.case.create({ ...SOURCE, personId, programme: "social_assistance" }));
});

describe("documents", () => {
  it("stores a PNG and a PDF by their content and lists them", async () => {
    const png = await uploadCaseDocument(await ctxOf(worker), {
      caseId,
      fileName: "../../etc/passport scan.png",
      bytes: PNG,
      description: "Passport, first page",
      category: "identity",
    });
    await uploadCaseDocument(await ctxOf(worker), {
      caseId,
      fileName: "letter.pdf",
      bytes: PDF,
      description: "",
      category: "other",
    });
    const { documents: listed } = await (await api.as(worker)).case.document.list({ caseId });
    expect(listed.map((d) => (d.withheld ? null : [d.fileName, d.mimeType]))).toEqual(
      expect.arrayContaining([
        ["passport scan.png", "image/png"],
        ["letter.pdf", "application/pdf"],
      ]),
    );
    const [row] = await api.db.select().from(caseDocuments).where(eq(caseDocuments.id, png.id));
    expect(row?.sizeBytes).toBe(PNG.byteLength);
  });

  it("refuses a renamed executable, whatever its name says, and stores nothing", async () => {
    const before = await api.db.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId));
    const refused = await refusal(
      uploadCaseDocument(await ctxOf(worker), {
        caseId,
        fileName: "report.pdf",
        bytes: ELF,
        description: "",
        category: "other",
      }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", message: "document_type_not_allowed" });
    const after = await api.db.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId));
    expect(after).toHaveLength(before.length);
  });

  it("refuses empty and oversized files", async () => {
    const ctx = await ctxOf(worker);
    expect(
      await refusal(
        uploadCaseDocument(ctx, {
          caseId,
          fileName: "a.pdf",
          bytes: new Uint8Array(),
          description: "",
          category: "other",
        }),
      ),
    ).toMatchObject({ message: "document_empty" });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    expect(
      await refusal(
        uploadCaseDocument(ctx, {
          caseId,
          fileName: "big.pdf",
          bytes: big,
          description: "",
          category: "other",
        }),
      ),
    ).toMatchObject({ message: "document_too_large" });
  });

  it("downloads for those who may read the case, audited; NOT_FOUND for others", async () => {
    const { id } = await uploadCaseDocument(await ctxOf(worker), {
      caseId,
      fileName: "x.png",
      bytes: PNG,
      description: "",
      category: "other",
    });
    const doc = await readCaseDocument(await ctxOf(manager), id);
    expect(doc.mimeType).toBe("image/png");
    expect(Buffer.from(doc.content).equals(Buffer.from(PNG))).toBe(true);
    const [last] = await api.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorId, manager.id))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(last).toMatchObject({ action: "document.read", outcome: "allowed", detail: { documentId: id } });

    expect(await refusal(readCaseDocument(await ctxOf(colleague), id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(readCaseDocument(await ctxOf(null), id))).toMatchObject({ code: "UNAUTHORIZED" });
    expect(
      await refusal(readCaseDocument(await ctxOf(worker), "00000000-0000-4000-8000-000000000000")),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers NOT_FOUND, audited, for an address whose id is not a uuid, and stores nothing", async () => {
    const before = await api.fingerprint();
    for (const id of ["not-a-uuid", "------------------------------------", `${caseId}\u0000`]) {
      const upload = {
        caseId: id,
        fileName: "y.png",
        bytes: PNG,
        description: "",
        category: "other" as const,
      };
      expect(await refusal(uploadCaseDocument(await ctxOf(worker), upload))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await api.lastAuditOf(worker.id)).toMatchObject({ action: "case.update", outcome: "denied" });
      expect(await refusal(readCaseDocument(await ctxOf(worker), id))).toMatchObject({ code: "NOT_FOUND" });
      expect(await api.lastAuditOf(worker.id)).toMatchObject({
        action: "document.read",
        outcome: "denied",
      });
    }
    expect(await api.fingerprint()).toEqual(before);
  });

  it("refuses a description or file name the database cannot store, naming the field", async () => {
    const before = await api.fingerprint();
    for (const [field, upload] of [
      [
        "description",
        { caseId, fileName: "y.png", bytes: PNG, description: "Passport\u0000", category: "other" },
      ],
      [
        "description",
        { caseId, fileName: "y.png", bytes: PNG, description: "Passport \ud83d", category: "other" },
      ],
      ["fileName", { caseId, fileName: "scan\udca9.png", bytes: PNG, description: "", category: "other" }],
    ] as const) {
      const error = await trpcError(uploadCaseDocument(await ctxOf(worker), upload));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null).toEqual({
        [field]: ["invalid_characters"],
      });
    }
    expect(await api.fingerprint()).toEqual(before);
  });

  it("lets only the people working on the case upload", async () => {
    const upload = async (user: TestUser) =>
      refusal(
        uploadCaseDocument(await ctxOf(user), {
          caseId,
          fileName: "y.png",
          bytes: PNG,
          description: "",
          category: "other",
        }),
      );
    expect(await upload(colleague)).toMatchObject({ code: "NOT_FOUND" });
    expect(await upload(manager)).toMatchObject({ code: "FORBIDDEN" });
  });
});

/** Managers of the case's programme who are not assigned: one also manages counter-trafficking. */
const ctManager = api.user(["manager"], ["social_assistance", "counter_trafficking"]);

async function upload(
  user: TestUser,
  c: string,
  fields: { category: DocumentCategory; expiresOn?: string | null; fileName?: string; description?: string },
) {
  return uploadCaseDocument(await ctxOf(user), {
    caseId: c,
    fileName: fields.fileName ?? `${fields.category}.pdf`,
    bytes: PDF,
    description: fields.description ?? "",
    category: fields.category,
    expiresOn: fields.expiresOn ?? null,
  });
}

async function listOf(user: TestUser, c: string) {
  return (await api.as(user)).case.document.list({ caseId: c });
}

async function replace(
  user: TestUser,
  documentId: string,
  version: number,
  fields: Partial<DocumentReplaceInput> & { bytes?: Uint8Array } = {},
) {
  return replaceCaseDocument(await ctxOf(user), {
    documentId,
    version,
    fileName: "renewed.png",
    bytes: PNG,
    expiresOn: null,
    description: "",
    ...fields,
  });
}

describe("document categories and expiry dates", () => {
  it("stores the category and expiry date and says which documents expired or expire soon", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const passport = await upload(worker, c, { category: "identity", expiresOn: "2020-01-01" });
    const visa = await upload(worker, c, { category: "travel", expiresOn: officeToday(new Date()) });
    const permit = await upload(worker, c, { category: "identity", expiresOn: "2099-01-01" });
    const consent = await upload(worker, c, { category: "consent" });
    const { documents, today } = await listOf(worker, c);
    expect(today).toBe(officeToday(new Date()));
    const byId = new Map(documents.map((d) => [d.id, d]));
    expect(byId.get(passport.id)).toMatchObject({
      category: "identity",
      expiresOn: "2020-01-01",
      expiry: "expired",
    });
    expect(byId.get(visa.id)).toMatchObject({ category: "travel", expiry: "expiring_soon" });
    expect(byId.get(permit.id)).toMatchObject({ expiry: "valid" });
    expect(byId.get(consent.id)).toMatchObject({ category: "consent", expiresOn: null, expiry: null });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "document.upload",
      detail: { documentId: consent.id, category: "consent" },
    });
  });

  it("refuses an expiry date on a category without one, and an unknown category, naming the field", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const before = await api.fingerprint();
    for (const [field, fields] of [
      ["expiresOn", { category: "medical", expiresOn: "2030-01-01" }],
      ["category", { category: "passport" as DocumentCategory }],
    ] as const) {
      const error = await trpcError(upload(worker, c, fields));
      expect(error.code).toBe("BAD_REQUEST");
      expect(
        Object.keys(error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : {}),
      ).toEqual([field]);
    }
    expect(await api.fingerprint()).toEqual(before);
  });
});

describe("sensitive documents", () => {
  it("lists a medical or legal document as withheld to a reader of the case who may not read it", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const medical = await upload(worker, c, {
      category: "medical",
      fileName: "hiv-test.pdf",
      description: "Result",
    });
    const legal = await upload(worker, c, { category: "legal", fileName: "police-statement.pdf" });
    const identity = await upload(worker, c, { category: "identity", fileName: "passport.pdf" });

    const shown = (await listOf(worker, c)).documents;
    expect(shown.every((d) => !d.withheld)).toBe(true);

    // The programme's manager reads the case and its identity documents, not health or legal ones.
    const seen = (await listOf(manager, c)).documents;
    const withheld = seen.filter((d) => d.withheld);
    expect(withheld.map((d) => d.id).sort()).toEqual([medical.id, legal.id].sort());
    for (const d of withheld) {
      expect(Object.keys(d).sort()).toEqual(["category", "id", "uploadedAt", "withheld"]);
    }
    expect(JSON.stringify(seen)).not.toMatch(/hiv-test|police-statement|Result/);
    expect(seen.find((d) => d.id === identity.id)).toMatchObject({
      withheld: false,
      fileName: "passport.pdf",
    });

    // A manager of counter-trafficking too reads legal documents (as trafficking details), not medical ones.
    const ct = (await listOf(ctManager, c)).documents;
    expect(ct.filter((d) => d.withheld).map((d) => d.id)).toEqual([medical.id]);
  });

  it("refuses the download of a document the reader may not read, audited; NOT_FOUND out of scope", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const medical = await upload(worker, c, { category: "medical" });
    expect(await refusal(readCaseDocument(await ctxOf(manager), medical.id))).toEqual({
      code: "FORBIDDEN",
      message: "document_withheld",
    });
    expect(await api.lastAuditOf(manager.id)).toMatchObject({
      action: "document.read",
      outcome: "denied",
      entityId: c,
      detail: { code: "FORBIDDEN", reason: "document_withheld" },
    });
    expect(await refusal(readCaseDocument(await ctxOf(colleague), medical.id))).toMatchObject({
      code: "NOT_FOUND",
    });
    const legal = await upload(worker, c, { category: "legal" });
    expect((await readCaseDocument(await ctxOf(ctManager), legal.id)).mimeType).toBe("application/pdf");
    expect((await readCaseDocument(await ctxOf(worker), medical.id)).mimeType).toBe("application/pdf");
  });

  it("lets no one but the people working on the case edit, replace or delete a sensitive document", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const medical = await upload(worker, c, { category: "medical" });
    const edit = {
      caseId: c,
      documentId: medical.id,
      version: 1,
      category: "medical" as const,
      expiresOn: null,
      description: "x",
    };
    for (const user of [manager, ctManager]) {
      expect((await trpcError((await api.as(user)).case.document.edit(edit))).code).toBe("FORBIDDEN");
      expect(
        (await trpcError((await api.as(user)).case.document.delete({ ...edit, reason: "Mine" }))).code,
      ).toBe("FORBIDDEN");
      expect(await refusal(replace(user, medical.id, 1))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await trpcError((await api.as(colleague)).case.document.edit(edit))).code).toBe("NOT_FOUND");
    expect(await refusal(replace(colleague, medical.id, 1))).toMatchObject({ code: "NOT_FOUND" });
    expect(await api.lastAuditOf(colleague.id)).toMatchObject({
      action: "document.replace",
      outcome: "denied",
    });
  });
});

describe("editing a document", () => {
  it("changes category, expiry date and description against the version read; a stale edit is refused", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const doc = await upload(worker, c, { category: "other" });
    const caller = await api.as(worker);
    const edit = {
      caseId: c,
      documentId: doc.id,
      category: "travel" as const,
      expiresOn: "2031-03-01",
      description: "Ticket",
    };
    expect(await caller.case.document.edit({ ...edit, version: 1 })).toEqual({ id: doc.id, version: 2 });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.document.edit",
      outcome: "allowed",
      detail: { documentId: doc.id, version: 2, category: "travel", from: "other" },
    });
    const before = await api.fingerprint();
    const stale = await trpcError(caller.case.document.edit({ ...edit, version: 1, description: "Old tab" }));
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    expect(await api.fingerprint()).toEqual(before);
    const [listed] = (await listOf(worker, c)).documents;
    expect(listed).toMatchObject({
      category: "travel",
      expiresOn: "2031-03-01",
      description: "Ticket",
      version: 2,
    });
  });

  it("answers NOT_FOUND for a document of another case or a deleted one, and refuses a bad input", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const { id: other } = await api.openCase(worker, "social_assistance");
    const doc = await upload(worker, other, { category: "other" });
    const caller = await api.as(worker);
    const edit = {
      caseId: c,
      documentId: doc.id,
      version: 1,
      category: "other" as const,
      expiresOn: null,
      description: "",
    };
    expect((await trpcError(caller.case.document.edit(edit))).code).toBe("NOT_FOUND");
    const wrong = await trpcError(
      caller.case.document.edit({ ...edit, caseId: other, expiresOn: "2030-01-01" }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    await caller.case.document.delete({ caseId: other, documentId: doc.id, version: 1, reason: "Duplicate" });
    expect((await trpcError(caller.case.document.edit({ ...edit, caseId: other, version: 2 }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("replacing a document", () => {
  it("keeps the old version, linked and listed as history, with the document's category for both", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const first = await upload(worker, c, {
      category: "identity",
      expiresOn: "2025-01-01",
      fileName: "old.pdf",
    });
    const second = await replace(worker, first.id, 1, { expiresOn: "2035-01-01", description: "Renewed" });
    expect(second.version).toBe(1);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "document.replace",
      outcome: "allowed",
      entityId: c,
      detail: { documentId: second.id, previousId: first.id, category: "identity" },
    });
    const { documents } = await listOf(worker, c);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      id: second.id,
      fileName: "renewed.png",
      category: "identity",
      expiresOn: "2035-01-01",
      expiry: "valid",
      earlier: [{ id: first.id, fileName: "old.pdf", expiresOn: "2025-01-01" }],
    });
    // The old version still downloads, for those who may read the document.
    expect((await readCaseDocument(await ctxOf(worker), first.id)).fileName).toBe("old.pdf");

    // A third version keeps the whole history, newest first.
    const third = await replace(worker, second.id, 1);
    const [again] = (await listOf(worker, c)).documents;
    expect(again && !again.withheld ? again.earlier.map((v) => v.id) : []).toEqual([second.id, first.id]);
    expect(again?.id).toBe(third.id);
  });

  it("refuses to replace a version replaced or changed meanwhile, and an expiry date its category has not", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const doc = await upload(worker, c, { category: "consent" });
    await replace(worker, doc.id, 1);
    const before = await api.fingerprint();
    expect(await refusal(replace(worker, doc.id, 1))).toEqual({ code: "CONFLICT", message: "stale_version" });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "document.replace",
      outcome: "denied",
      detail: { code: "CONFLICT", reason: "stale_version" },
    });
    expect(await api.fingerprint()).toEqual(before);
    const edited = await upload(worker, c, { category: "other" });
    await (await api.as(worker)).case.document.edit({
      caseId: c,
      documentId: edited.id,
      version: 1,
      category: "other",
      expiresOn: null,
      description: "Edited",
    });
    const beforeStale = await api.fingerprint();
    expect(await refusal(replace(worker, edited.id, 1))).toMatchObject({ code: "CONFLICT" });
    expect(await api.fingerprint()).toEqual(beforeStale);
    const expiry = await trpcError(replace(worker, edited.id, 2, { expiresOn: "2030-01-01" }));
    expect(expiry.cause instanceof ZodError ? z.flattenError(expiry.cause).fieldErrors : null).toEqual({
      expiresOn: ["not_applicable"],
    });
    expect(await refusal(replace(worker, edited.id, 2, { bytes: ELF }))).toMatchObject({
      message: "document_type_not_allowed",
    });
  });

  it("moves every version into a sensitive category together, so no earlier version is read under another rule", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const first = await upload(worker, c, { category: "other" });
    const second = await replace(worker, first.id, 1);
    await (await api.as(worker)).case.document.edit({
      caseId: c,
      documentId: second.id,
      version: 1,
      category: "medical",
      expiresOn: null,
      description: "",
    });
    expect(await refusal(readCaseDocument(await ctxOf(manager), first.id))).toMatchObject({
      code: "FORBIDDEN",
      message: "document_withheld",
    });
  });
});

describe("deleting a document", () => {
  it("needs a reason, hides every version from lists and downloads, and keeps the rows and the audit trail", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const first = await upload(worker, c, { category: "identity" });
    const second = await replace(worker, first.id, 1);
    const caller = await api.as(worker);
    const deletion = { caseId: c, documentId: second.id, version: 1 };
    const noReason = await trpcError(caller.case.document.delete({ ...deletion, reason: "  " }));
    expect(noReason.code).toBe("BAD_REQUEST");
    expect(noReason.cause instanceof ZodError ? z.flattenError(noReason.cause).fieldErrors : null).toEqual({
      reason: ["required"],
    });
    // Deleting a version that is no longer the current one is stale.
    expect(
      (
        await trpcError(
          caller.case.document.delete({ ...deletion, documentId: first.id, version: 1, reason: "x" }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(await caller.case.document.delete({ ...deletion, reason: "Uploaded to the wrong case" })).toEqual({
      id: second.id,
      version: 2,
    });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.document.delete",
      outcome: "allowed",
      entityId: c,
      detail: { documentId: second.id, version: 2, versions: 2 },
    });
    expect((await listOf(worker, c)).documents).toEqual([]);
    for (const id of [first.id, second.id]) {
      expect(await refusal(readCaseDocument(await ctxOf(worker), id))).toMatchObject({ code: "NOT_FOUND" });
      expect(await refusal(replace(worker, id, 2))).toMatchObject({ code: "NOT_FOUND" });
    }
    const rows = await api.db.select().from(caseDocuments).where(eq(caseDocuments.caseId, c));
    expect(rows.map((r) => [r.deleteReason, r.deletedBy])).toEqual([
      ["Uploaded to the wrong case", worker.id],
      ["Uploaded to the wrong case", worker.id],
    ]);
    const trail = await api.db.select().from(auditLog).where(eq(auditLog.entityId, c));
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(["document.upload", "document.replace", "case.document.delete"]),
    );
    // A second delete (a retry after the answer was lost) finds nothing to delete.
    expect(
      (await trpcError(caller.case.document.delete({ ...deletion, version: 2, reason: "Again" }))).code,
    ).toBe("NOT_FOUND");
  });

  it("refuses a stale delete and changes nothing", async () => {
    const { id: c } = await api.openCase(worker, "social_assistance");
    const doc = await upload(worker, c, { category: "other" });
    const caller = await api.as(worker);
    await caller.case.document.edit({
      caseId: c,
      documentId: doc.id,
      version: 1,
      category: "other",
      expiresOn: null,
      description: "Edited",
    });
    const before = await api.fingerprint();
    const stale = await trpcError(
      caller.case.document.delete({ caseId: c, documentId: doc.id, version: 1, reason: "Duplicate" }),
    );
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    expect(await api.fingerprint()).toEqual(before);
  });
});
