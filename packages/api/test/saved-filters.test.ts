import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "./support/db";
import { signedIn, testUser, trpcError } from "./support/fixtures";

const t = useTestDatabase();
const caseworker = testUser(t, ["caseworker"], ["avrr"]);
const colleague = testUser(t, ["caseworker"], ["avrr"]);
const admin = testUser(t, ["admin"]);

describe("saved case-list filters", () => {
  it("are saved under a name, listed with the address they open, and deleted, per user", async () => {
    const caller = await signedIn(t.db, caseworker);
    const { id } = await caller.savedFilter.save({
      name: "My overdue AVRR cases",
      view: "mine",
      query: { overdue: "1", programme: "avrr" },
    });
    expect(await caller.savedFilter.list()).toEqual([
      {
        id,
        name: "My overdue AVRR cases",
        view: "mine",
        query: { programme: "avrr", overdue: "1" },
        href: "/cases?programme=avrr&overdue=1",
      },
    ]);
    const other = await signedIn(t.db, colleague);
    expect(await other.savedFilter.list()).toEqual([]);
    expect((await trpcError(other.savedFilter.delete({ id }))).code).toBe("NOT_FOUND");
    await caller.savedFilter.delete({ id });
    expect(await caller.savedFilter.list()).toEqual([]);
    expect((await trpcError(caller.savedFilter.delete({ id }))).code).toBe("NOT_FOUND");
  });

  it("refuse a name already used, an unknown filter, and anyone who lists no cases", async () => {
    const caller = await signedIn(t.db, caseworker);
    const name = `Open ${randomUUID().slice(0, 6)}`;
    await caller.savedFilter.save({ name, view: "all", query: {} });
    expect((await trpcError(caller.savedFilter.save({ name, view: "mine", query: {} }))).message).toBe(
      "name_taken",
    );
    const unknown = await trpcError(
      caller.savedFilter.save({ name: "x", view: "mine", query: { limit: "500" } }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    const asAdmin = await signedIn(t.db, admin);
    expect((await trpcError(asAdmin.savedFilter.list())).code).toBe("FORBIDDEN");
  });
});
