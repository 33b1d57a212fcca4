import { describe, expect, it } from "vitest";
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_EXPIRING_SOON_DAYS,
  documentDeleteInput,
  documentEditInput,
  documentExpiry,
  documentReplaceInput,
  documentUploadInput,
  hasExpiry,
  MAX_DOCUMENT_BYTES,
} from "../src/documents";

const CASE = "00000000-0000-4000-8000-000000000001";
const DOC = "00000000-0000-4000-8000-000000000002";

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("documentExpiry", () => {
  it.each([
    [null, "2026-05-01", null],
    ["2026-04-30", "2026-05-01", "expired"],
    // Valid through its expiry date.
    ["2026-05-01", "2026-05-01", "expiring_soon"],
    ["2026-07-30", "2026-05-01", "expiring_soon"],
    ["2026-07-31", "2026-05-01", "valid"],
    ["2031-01-01", "2026-05-01", "valid"],
    // Across a leap day.
    ["2028-05-29", "2028-02-29", "expiring_soon"],
    ["2028-05-30", "2028-02-29", "valid"],
  ] as const)("expiring %s, on %s: %s", (expiresOn, today, expected) => {
    expect(documentExpiry(expiresOn, today)).toBe(expected);
  });

  it("counts the soon window in days", () => {
    expect(DOCUMENT_EXPIRING_SOON_DAYS).toBe(90);
  });

  it("refuses a date that is not one", () => {
    expect(() => documentExpiry("2026-02-30", "2026-01-01")).toThrow(RangeError);
  });
});

describe("document categories", () => {
  it("give identity and travel documents an expiry date, and no other", () => {
    expect(DOCUMENT_CATEGORIES.filter(hasExpiry)).toEqual(["identity", "travel"]);
  });
});

describe("documentUploadInput", () => {
  const upload = {
    caseId: CASE,
    fileName: "passport.png",
    sizeBytes: 1_000,
    category: "identity",
    expiresOn: "2030-01-31",
  };

  it("takes a file with its category, expiry date and description", () => {
    expect(documentUploadInput.parse({ ...upload, description: "  Photo page " })).toEqual({
      ...upload,
      description: "Photo page",
    });
    expect(documentUploadInput.parse({ ...upload, category: "consent", expiresOn: null })).toMatchObject({
      category: "consent",
      expiresOn: null,
      description: "",
    });
  });

  it("requires a file and a category, and refuses a file larger than the limit", () => {
    expect(messages(documentUploadInput.safeParse({ ...upload, sizeBytes: 0 }))).toEqual([
      ["sizeBytes", "required"],
    ]);
    expect(messages(documentUploadInput.safeParse({ ...upload, sizeBytes: MAX_DOCUMENT_BYTES + 1 }))).toEqual(
      [["sizeBytes", "document_too_large"]],
    );
    expect(messages(documentUploadInput.safeParse({ ...upload, category: "" }))).toHaveLength(1);
    expect(messages(documentUploadInput.safeParse({ ...upload, category: "passport" }))[0]?.[0]).toBe(
      "category",
    );
  });

  it("refuses an expiry date on a category that has none, and a date that is not one", () => {
    expect(messages(documentUploadInput.safeParse({ ...upload, category: "medical" }))).toEqual([
      ["expiresOn", "not_applicable"],
    ]);
    expect(messages(documentUploadInput.safeParse({ ...upload, expiresOn: "2030-02-30" }))).toEqual([
      ["expiresOn", "invalid_date"],
    ]);
    expect(messages(documentUploadInput.safeParse({ ...upload, expiresOn: "2130-01-01" }))).toEqual([
      ["expiresOn", "out_of_range"],
    ]);
  });

  it("accepts an expiry date already passed: an expired passport is still a document", () => {
    expect(documentUploadInput.safeParse({ ...upload, expiresOn: "2020-01-01" }).success).toBe(true);
  });
});

describe("edit, replace and delete inputs", () => {
  it("name the version that was read", () => {
    const edit = { caseId: CASE, documentId: DOC, category: "travel", expiresOn: null, description: "" };
    expect(messages(documentEditInput.safeParse(edit))).toEqual([["version", expect.any(String)]]);
    expect(documentEditInput.safeParse({ ...edit, version: 3 }).success).toBe(true);
    const replace = { documentId: DOC, fileName: "a.pdf", sizeBytes: 10 };
    expect(documentReplaceInput.safeParse(replace).success).toBe(false);
    expect(documentReplaceInput.parse({ ...replace, version: 1 })).toMatchObject({
      expiresOn: null,
      description: "",
    });
  });

  it("refuse a deletion without a reason", () => {
    const deletion = { caseId: CASE, documentId: DOC, version: 1 };
    expect(messages(documentDeleteInput.safeParse({ ...deletion, reason: "   " }))).toEqual([
      ["reason", "required"],
    ]);
    expect(documentDeleteInput.parse({ ...deletion, reason: " Uploaded to the wrong case " }).reason).toBe(
      "Uploaded to the wrong case",
    );
  });
});
