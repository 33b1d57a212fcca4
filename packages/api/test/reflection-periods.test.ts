import { reflectionPeriodLengthChanges, reflectionPeriodLengths, verifyAuditChain } from "@kelias/db";
import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { trpcError, useApiTest } from "./support/api-test";

/** The reflection period's length per country: reference data an admin keeps, versioned per country. */

const api = useApiTest();
const admin = api.user(["admin"]);

const lengthOf = async (countryCode: "MT" | "CY" | "LU") =>
  (
    await api.db
      .select()
      .from(reflectionPeriodLengths)
      .where(eq(reflectionPeriodLengths.countryCode, countryCode))
  )[0];

describe("reflectionPeriod.set and .remove", () => {
  it("add a country, change it with the version read, and keep every change, audited", async () => {
    const caller = await api.as(admin);
    const added = await caller.reflectionPeriod.set({ countryCode: "MT", days: 40, version: null });
    expect(added).toEqual({ countryCode: "MT", days: 40, version: 1 });
    const changed = await caller.reflectionPeriod.set({ countryCode: "MT", days: 60, version: 1 });
    expect(changed).toEqual({ countryCode: "MT", days: 60, version: 2 });
    expect(await lengthOf("MT")).toMatchObject({ days: 60, version: 2, updatedBy: admin.id });
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "reflectionPeriod.set",
      outcome: "allowed",
      entityType: "reflection_period",
      entityId: "MT",
      detail: { days: 60, version: 2 },
    });
    const changes = await api.db
      .select({ days: reflectionPeriodLengthChanges.days })
      .from(reflectionPeriodLengthChanges)
      .where(eq(reflectionPeriodLengthChanges.countryCode, "MT"))
      .orderBy(desc(reflectionPeriodLengthChanges.changedAt));
    expect(changes.map((c) => c.days)).toEqual([60, 40]);
  });

  it("refuse a stale version, and adding a country that has a length already, changing nothing", async () => {
    const caller = await api.as(admin);
    await caller.reflectionPeriod.set({ countryCode: "CY", days: 35, version: null });
    await caller.reflectionPeriod.set({ countryCode: "CY", days: 45, version: 1 });
    const before = await api.fingerprint();
    for (const call of [
      () => caller.reflectionPeriod.set({ countryCode: "CY", days: 50, version: 1 }),
      () => caller.reflectionPeriod.set({ countryCode: "CY", days: 50, version: null }),
      () => caller.reflectionPeriod.remove({ countryCode: "CY", version: 1 }),
    ]) {
      expect(await trpcError(call())).toMatchObject({ code: "CONFLICT", message: "stale_version" });
      // The refusal names the country, which the input does not carry as an id.
      expect(await api.lastAuditOf(admin.id)).toMatchObject({
        outcome: "denied",
        entityType: "reflection_period",
        entityId: "CY",
        detail: { code: "CONFLICT", reason: "stale_version" },
      });
    }
    expect(await api.fingerprint()).toEqual(before);
    expect(await lengthOf("CY")).toMatchObject({ days: 45, version: 2 });
  });

  it("remove a country with the version read: the default applies again, and the removal is kept", async () => {
    const caller = await api.as(admin);
    await caller.reflectionPeriod.set({ countryCode: "LU", days: 90, version: null });
    expect(await caller.reflectionPeriod.remove({ countryCode: "LU", version: 1 })).toEqual({
      countryCode: "LU",
    });
    expect(await lengthOf("LU")).toBeUndefined();
    const [latest] = await api.db
      .select({ days: reflectionPeriodLengthChanges.days })
      .from(reflectionPeriodLengthChanges)
      .where(eq(reflectionPeriodLengthChanges.countryCode, "LU"))
      .orderBy(desc(reflectionPeriodLengthChanges.changedAt))
      .limit(1);
    expect(latest).toEqual({ days: null });
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "reflectionPeriod.remove",
      outcome: "allowed",
      entityId: "LU",
    });
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
