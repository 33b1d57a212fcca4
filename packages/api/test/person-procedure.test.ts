import { beforeAll, describe, expect, it } from "vitest";
import { PERSON, trpcError, useApiTest } from "./support/api-test";

/**
 * `personProcedure` parses the whole input before it loads the person: bad input is a BAD_REQUEST
 * that reads no person, whoever sends it, so a refusal of bad text can neither tell whether a person
 * exists nor leave an entry about them in the audit log.
 */

const api = useApiTest();
const owner = api.user(["caseworker"], ["avrr"]);
const outsider = api.user(["caseworker"], ["labour_migration"]);
const manager = api.user(["manager"], ["labour_migration"]);
let personId: string;

beforeAll(async () => {
  personId = (await (await api.as(owner)).person.create({ ...PERSON, familyName: owner.name })).id;
});

const edit = (patch: Record<string, unknown> = {}) => ({
  ...PERSON,
  id: personId,
  version: 1,
  household: [],
  familyName: "Changed",
  ...patch,
});

describe("a procedure on one person", () => {
  it("refuses bad input as BAD_REQUEST before it loads the person, for the team, outsiders and managers alike", async () => {
    for (const actor of [owner, outsider, manager]) {
      const caller = await api.as(actor);
      const before = await api.fingerprint();
      const seq = await api.lastAuditSeq();
      const error = await trpcError(caller.person.update(edit({ givenName: "Olena\u0000" })));
      expect(error.code).toBe("BAD_REQUEST");
      expect(await api.fingerprint()).toEqual(before);
      const entries = await api.auditSince(seq);
      expect(entries.filter((e) => e.entityId === personId || e.actorId === actor.id)).toEqual([]);
    }
  });

  it("answers an outsider whose input is valid NOT_FOUND, audited under the procedure's path", async () => {
    const caller = await api.as(outsider);
    for (const [path, call] of [
      ["person.get", () => caller.person.get({ id: personId })],
      ["person.update", () => caller.person.update(edit())],
    ] as const) {
      const error = await trpcError(call());
      expect(error.code).toBe("NOT_FOUND");
      expect(await api.lastAuditOf(outsider.id)).toMatchObject({
        action: path,
        outcome: "denied",
        entityType: "person",
        entityId: personId,
        detail: { code: "NOT_FOUND" },
      });
    }
  });

  it("answers a stale write CONFLICT, audited against the person", async () => {
    const caller = await api.as(owner);
    const { version } = await caller.person.get({ id: personId });
    const error = await trpcError(caller.person.update(edit({ version: version + 1 })));
    expect([error.code, error.message]).toEqual(["CONFLICT", "stale_version"]);
    expect(await api.lastAuditOf(owner.id)).toMatchObject({
      action: "person.update",
      outcome: "denied",
      entityType: "person",
      entityId: personId,
      detail: { code: "CONFLICT", reason: "stale_version" },
    });
  });

  it("lets the person's registrar read and change them with valid input", async () => {
    const caller = await api.as(owner);
    const { version } = await caller.person.get({ id: personId });
    await expect(caller.person.update(edit({ version }))).resolves.toEqual({
      id: personId,
      version: version + 1,
    });
    expect((await caller.person.get({ id: personId })).familyName).toBe("Changed");
  });
});
