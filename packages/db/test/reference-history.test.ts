import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/client";
import { referenceHistory, reflectionPeriodLengthChanges, users } from "../src/schema";
import { failure } from "./support/failure";

/** The reference data's change histories are evidence: the database refuses to rewrite them. */
let handle: DatabaseHandle;
let historyId: number;
let changeId: string;

beforeAll(async () => {
  handle = await openDatabase({ kind: "embedded", dataDir: undefined });
  await handle.migrate();
  const [admin] = await handle.db
    .insert(users)
    .values({ email: "admin@example.org", name: "Admin" })
    .returning({ id: users.id });
  const [entry] = await handle.db
    .insert(referenceHistory)
    .values({
      kind: "partner",
      entityId: "p1",
      version: 1,
      snapshot: { name: "Caritas" },
      changedBy: admin?.id,
    })
    .returning({ id: referenceHistory.id });
  const [change] = await handle.db
    .insert(reflectionPeriodLengthChanges)
    .values({ countryCode: "LV", days: 45, changedBy: admin?.id ?? "" })
    .returning({ id: reflectionPeriodLengthChanges.id });
  historyId = entry?.id ?? 0;
  changeId = change?.id ?? "";
});

afterAll(async () => {
  await handle?.close();
});

describe("reference_history", () => {
  it("refuses an update, a deletion and a truncation", async () => {
    const { db } = handle;
    const row = eq(referenceHistory.id, historyId);
    expect(await failure(db.update(referenceHistory).set({ entityId: "p2" }).where(row))).toMatch(
      /reference_history is append-only/,
    );
    expect(await failure(db.delete(referenceHistory).where(row))).toMatch(/reference_history is append-only/);
    expect(await failure(db.execute(sql`truncate reference_history`))).toMatch(/append-only/);
    expect(
      await db.select({ entityId: referenceHistory.entityId }).from(referenceHistory).where(row),
    ).toEqual([{ entityId: "p1" }]);
  });
});

describe("reflection_period_length_changes", () => {
  it("refuses an update, a deletion and a truncation", async () => {
    const { db } = handle;
    const row = eq(reflectionPeriodLengthChanges.id, changeId);
    expect(await failure(db.update(reflectionPeriodLengthChanges).set({ days: 90 }).where(row))).toMatch(
      /reflection_period_length_changes is append-only/,
    );
    expect(await failure(db.delete(reflectionPeriodLengthChanges).where(row))).toMatch(/append-only/);
    expect(await failure(db.execute(sql`truncate reflection_period_length_changes`))).toMatch(/append-only/);
    expect(
      await db
        .select({ days: reflectionPeriodLengthChanges.days })
        .from(reflectionPeriodLengthChanges)
        .where(row),
    ).toEqual([{ days: 45 }]);
  });
});
