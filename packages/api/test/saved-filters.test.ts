import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const caseworker = api.user(["caseworker"], ["avrr"]);
const colleague = api.user(["caseworker"], ["avrr"]);
const admin = api.user(["admin"]);

describe("saved case-list filters", () => {
  it("are saved under a name, listed with the address they open, and deleted, per user", async () => {
    const caller = await api.as(caseworker);
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
    const other = await api.as(colleague);
    expect(await other.savedFilter.list()).toEqual([]);
    expect((await trpcError(other.savedFilter.delete({ id }))).code).toBe("NOT_FOUND");
    await caller.savedFilter.delete({ id });
    expect(await caller.savedFilter.list()).toEqual([]);
    expect((await trpcError(caller.savedFilter.delete({ id }))).code).toBe("NOT_FOUND");
  });

  it("refuse a name already used, an unknown filter, and anyone who lists no cases", async () => {
    const caller = await api.as(caseworker);
    const name = `Open ${randomUUID().slice(0, 6)}`;
    await caller.savedFilter.save({ name, view: "all", query: {} });
    expect((await trpcError(caller.savedFilter.save({ name, view: "mine", query: {} }))).message).toBe(
      "name_taken",
    );
    const unknown = await trpcError(
      caller.savedFilter.save({ name: "x", view: "mine", query: { limit: "500" } }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    const asAdmin = await api.as(admin);
    expect((await trpcError(asAdmin.savedFilter.list())).code).toBe("FORBIDDEN");
  });
});
