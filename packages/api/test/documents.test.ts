import { resolveSessionUser } from "@kelias/auth";
import { auditLog, caseDocuments } from "@kelias/db";
import { TRPCError } from "@trpc/server";
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError, z } from "zod";
import { readCaseDocument, uploadCaseDocument } from "../src/documents";
import { useTestDatabase } from "./support/db";
import {
  fingerprint,
  IP as ip,
  lastAuditOf,
  PERSON,
  signedIn,
  type TestUser,
  testUser,
  trpcError,
} from "./support/fixtures";

const t = useTestDatabase();
const worker = testUser(t, ["caseworker"], ["social_assistance"]);
const colleague = testUser(t, ["caseworker"], ["social_assistance"]);
const manager = testUser(t, ["manager"], ["social_assistance"]);
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
  return { db: t.db, user: user ? await resolveSessionUser(t.db, user.claims) : null, ip };
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
  const caller = await signedIn(t.db, worker);
  const { id: personId } = await caller.person.create(PERSON);
  ({ id: caseId } = await caller.case.create({ personId, programme: "social_assistance" }));
});

describe("documents", () => {
  it("stores a PNG and a PDF by their content and lists them", async () => {
    const png = await uploadCaseDocument(await ctxOf(worker), {
      caseId,
      fileName: "../../etc/passport scan.png",
      bytes: PNG,
      description: "Passport, first page",
    });
    await uploadCaseDocument(await ctxOf(worker), {
      caseId,
      fileName: "letter.pdf",
      bytes: PDF,
      description: "",
    });
    const listed = await (await signedIn(t.db, worker)).case.document.list({ caseId });
    expect(listed.map((d) => [d.fileName, d.mimeType])).toEqual(
      expect.arrayContaining([
        ["passport scan.png", "image/png"],
        ["letter.pdf", "application/pdf"],
      ]),
    );
    const [row] = await t.db.select().from(caseDocuments).where(eq(caseDocuments.id, png.id));
    expect(row?.sizeBytes).toBe(PNG.byteLength);
  });

  it("refuses a renamed executable, whatever its name says, and stores nothing", async () => {
    const before = await t.db.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId));
    const refused = await refusal(
      uploadCaseDocument(await ctxOf(worker), {
        caseId,
        fileName: "report.pdf",
        bytes: ELF,
        description: "",
      }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", message: "document_type_not_allowed" });
    const after = await t.db.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId));
    expect(after).toHaveLength(before.length);
  });

  it("refuses empty and oversized files", async () => {
    const ctx = await ctxOf(worker);
    expect(
      await refusal(
        uploadCaseDocument(ctx, { caseId, fileName: "a.pdf", bytes: new Uint8Array(), description: "" }),
      ),
    ).toMatchObject({ message: "document_empty" });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    expect(
      await refusal(uploadCaseDocument(ctx, { caseId, fileName: "big.pdf", bytes: big, description: "" })),
    ).toMatchObject({ message: "document_too_large" });
  });

  it("downloads for those who may read the case, audited; NOT_FOUND for others", async () => {
    const { id } = await uploadCaseDocument(await ctxOf(worker), {
      caseId,
      fileName: "x.png",
      bytes: PNG,
      description: "",
    });
    const doc = await readCaseDocument(await ctxOf(manager), id);
    expect(doc.mimeType).toBe("image/png");
    expect(Buffer.from(doc.content).equals(Buffer.from(PNG))).toBe(true);
    const [last] = await t.db
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
    const before = await fingerprint(t.db);
    for (const id of ["not-a-uuid", "------------------------------------", `${caseId}\u0000`]) {
      const upload = { caseId: id, fileName: "y.png", bytes: PNG, description: "" };
      expect(await refusal(uploadCaseDocument(await ctxOf(worker), upload))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await lastAuditOf(t.db, worker.id)).toMatchObject({ action: "case.update", outcome: "denied" });
      expect(await refusal(readCaseDocument(await ctxOf(worker), id))).toMatchObject({ code: "NOT_FOUND" });
      expect(await lastAuditOf(t.db, worker.id)).toMatchObject({
        action: "document.read",
        outcome: "denied",
      });
    }
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it("refuses a description or file name the database cannot store, naming the field", async () => {
    const before = await fingerprint(t.db);
    for (const [field, upload] of [
      ["description", { caseId, fileName: "y.png", bytes: PNG, description: "Passport\u0000" }],
      ["description", { caseId, fileName: "y.png", bytes: PNG, description: "Passport \ud83d" }],
      ["fileName", { caseId, fileName: "scan\udca9.png", bytes: PNG, description: "" }],
    ] as const) {
      const error = await trpcError(uploadCaseDocument(await ctxOf(worker), upload));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null).toEqual({
        [field]: ["invalid_characters"],
      });
    }
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it("lets only the people working on the case upload", async () => {
    const upload = async (user: TestUser) =>
      refusal(
        uploadCaseDocument(await ctxOf(user), { caseId, fileName: "y.png", bytes: PNG, description: "" }),
      );
    expect(await upload(colleague)).toMatchObject({ code: "NOT_FOUND" });
    expect(await upload(manager)).toMatchObject({ code: "FORBIDDEN" });
  });
});
