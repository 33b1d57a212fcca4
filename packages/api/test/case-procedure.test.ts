import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "./support/db";
import {
  auditSince,
  fingerprint,
  lastAuditSeq,
  openCase,
  signedIn,
  testUser,
  trpcError,
} from "./support/fixtures";

/**
 * `caseProcedure` parses the whole input before it loads the case: bad input is a BAD_REQUEST that
 * reads no case, whoever sends it, so a refusal of bad text can neither tell whether a case exists
 * nor leave a "case read" entry in the audit log.
 */

const t = useTestDatabase();
const owner = testUser(t, ["caseworker"], ["avrr"]);
const outsider = testUser(t, ["caseworker"], ["labour_migration"]);
let caseId: string;

beforeAll(async () => {
  caseId = (await openCase(t.db, owner, "avrr")).id;
});

describe("a procedure on one case", () => {
  it("refuses bad input as BAD_REQUEST before it loads the case, for the team and for outsiders alike", async () => {
    for (const actor of [owner, outsider]) {
      const caller = await signedIn(t.db, actor);
      const before = await fingerprint(t.db);
      const seq = await lastAuditSeq(t.db);
      const error = await trpcError(caller.case.note.add({ caseId, content: "visit\u0000" }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(await fingerprint(t.db)).toEqual(before);
      const entries = await auditSince(t.db, seq);
      expect(entries.filter((e) => e.entityId === caseId)).toEqual([]);
    }
  });

  it("still answers NOT_FOUND to an outsider whose input is valid", async () => {
    const caller = await signedIn(t.db, outsider);
    const error = await trpcError(caller.case.note.add({ caseId, content: "visit" }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("lets the team write with valid input", async () => {
    const caller = await signedIn(t.db, owner);
    await expect(caller.case.note.add({ caseId, content: "visit" })).resolves.toBeDefined();
  });
});
