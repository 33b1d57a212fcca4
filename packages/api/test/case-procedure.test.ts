import { beforeAll, describe, expect, it } from "vitest";
import { trpcError, useApiTest } from "./support/api-test";

/**
 * `caseProcedure` parses the whole input before it loads the case: bad input is a BAD_REQUEST that
 * reads no case, whoever sends it, so a refusal of bad text can neither tell whether a case exists
 * nor leave a "case read" entry in the audit log.
 */

const api = useApiTest();
const owner = api.user(["caseworker"], ["avrr"]);
const outsider = api.user(["caseworker"], ["labour_migration"]);
let caseId: string;

beforeAll(async () => {
  caseId = (await api.openCase(owner, "avrr")).id;
});

describe("a procedure on one case", () => {
  it("refuses bad input as BAD_REQUEST before it loads the case, for the team and for outsiders alike", async () => {
    for (const actor of [owner, outsider]) {
      const caller = await api.as(actor);
      const before = await api.fingerprint();
      const seq = await api.lastAuditSeq();
      const error = await trpcError(caller.case.note.add({ caseId, content: "visit\u0000" }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(await api.fingerprint()).toEqual(before);
      const entries = await api.auditSince(seq);
      expect(entries.filter((e) => e.entityId === caseId)).toEqual([]);
    }
  });

  it("still answers NOT_FOUND to an outsider whose input is valid", async () => {
    const caller = await api.as(outsider);
    const error = await trpcError(caller.case.note.add({ caseId, content: "visit" }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("lets the team write with valid input", async () => {
    const caller = await api.as(owner);
    await expect(caller.case.note.add({ caseId, content: "visit" })).resolves.toBeDefined();
  });
});
