import { describe, expect, it } from "vitest";
import { AUDITED_UNDER_OTHER_NAMES, auditCatalogue, isAuditAction } from "../src/audit/catalogue";
import { appRouter } from "../src/server";

// At run time tRPC v11 keeps a flat record of dotted path to procedure here.
const procedurePaths = Object.keys(appRouter._def.procedures as unknown as Record<string, unknown>).sort();

describe("the audit catalogue", () => {
  it("has an entry for every procedure, or lists it as audited under other names", () => {
    const missing = procedurePaths.filter(
      (path) => !isAuditAction(path) && !Object.hasOwn(AUDITED_UNDER_OTHER_NAMES, path),
    );
    expect(missing, `procedures without an audit catalogue entry: ${missing.join(", ")}`).toEqual([]);
  });

  it("has no entry that outlives its procedure", () => {
    const otherNames = new Set<string>(Object.values(AUDITED_UNDER_OTHER_NAMES).flat());
    const orphans = Object.keys(auditCatalogue).filter(
      (action) => !procedurePaths.includes(action) && !otherNames.has(action),
    );
    expect(orphans).toEqual([]);
  });

  it("lists as audited under other names only procedures of the router that have no entry of their own", () => {
    for (const path of Object.keys(AUDITED_UNDER_OTHER_NAMES)) {
      expect(procedurePaths, path).toContain(path);
      expect(isAuditAction(path), path).toBe(false);
    }
  });
});
