import { assessIdentification, identificationFactsSchema } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/client";
import { seedDemo } from "../src/demo/seed";
import { cases, identificationDecisions, traffickingScreenings } from "../src/schema";

const NOW = new Date("2026-06-15T12:00:00.000Z");

let embedded: DatabaseHandle;

beforeAll(async () => {
  embedded = await openDatabase({ kind: "embedded", dataDir: undefined });
  await embedded.migrate();
  await seedDemo(embedded.db, { people: 60, hashPassword: async (p) => `hash:${p}`, now: NOW, seed: 11 });
});

afterAll(() => embedded?.close());

it("screens the demo counter-trafficking cases as far as their state implies", async () => {
  const rows = await embedded.db
    .select({ id: cases.id, state: cases.state, screening: traffickingScreenings })
    .from(cases)
    .leftJoin(traffickingScreenings, eq(traffickingScreenings.caseId, cases.id))
    .where(eq(cases.programme, "counter_trafficking"));
  expect(rows.length).toBeGreaterThan(0);
  const decisions = await embedded.db.select().from(identificationDecisions);
  for (const row of rows) {
    const mine = decisions.filter((d) => d.caseId === row.id);
    if (row.state === "referred") {
      expect(row.screening).toBeNull();
      continue;
    }
    if (!row.screening) throw new Error(`no screening for a case in ${row.state}`);
    // Stored facts are valid, and the stored assessment is the domain's of them.
    const facts = identificationFactsSchema.parse(row.screening.facts);
    expect(row.screening.assessment).toEqual(assessIdentification(facts));
    const proposals = mine.filter((d) => d.kind === "proposal");
    const decided = mine.filter((d) => d.kind === "decision");
    if (row.state === "screening") {
      expect(decided).toEqual([]);
      expect(proposals.length).toBeLessThanOrEqual(1);
    } else {
      expect(proposals).toHaveLength(1);
      expect(decided).toEqual([
        expect.objectContaining({ proposalId: proposals[0]?.id, outcome: "confirm" }),
      ]);
      expect(Boolean(row.screening.reflectionStartsOn)).toBe(row.state !== "not_a_victim");
    }
  }
});
