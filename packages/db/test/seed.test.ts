import {
  ageOn,
  isLatinScript,
  isStateOf,
  PROGRAMMES,
  type Programme,
  personSearchName,
  SEARCH_KEY_VERSION,
  searchText,
  TERMINAL_STATES,
  todayIso,
  toE164,
} from "@kelias/domain";
import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, type DatabaseHandle, openDatabase } from "../src/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../src/demo/accounts";
import { DEMO_ORIGINS, FIRST_DEMO_PERSON, nativeName } from "../src/demo/names";
import { seedDemo } from "../src/demo/seed";
import { caseAssignments, cases, people, personIdentityDocuments, users } from "../src/schema";
import { createTestDatabase, type TestDatabase } from "./support/postgres";

const NOW = new Date("2026-06-15T12:00:00.000Z");
const PEOPLE = 16;
const hashed: string[] = [];
/** A cheap stand-in for argon2: seeding takes the hash function as a parameter. */
const hashPassword = async (password: string) => {
  hashed.push(password);
  return `hash:${password}`;
};

/** Everything seeding decides, in an order that does not depend on generated ids. */
async function snapshot(db: Database) {
  const accounts = await db
    .select({
      email: users.email,
      name: users.name,
      roles: users.roles,
      programmes: users.programmes,
      isDemo: users.isDemo,
      active: users.active,
      passwordHash: users.passwordHash,
      handoverPendingBy: users.handoverPendingBy,
    })
    .from(users)
    .orderBy(asc(users.email));
  const caseRows = await db
    .select({
      reference: cases.reference,
      programme: cases.programme,
      state: cases.state,
      restricted: cases.restricted,
      openedAt: cases.openedAt,
      closedAt: cases.closedAt,
      ownerEmail: users.email,
      person: {
        givenName: people.givenName,
        familyName: people.familyName,
        dateOfBirth: people.dateOfBirth,
        estimatedAge: people.estimatedAge,
        ageEstimatedOn: people.ageEstimatedOn,
        sex: people.sex,
        citizenships: people.citizenships,
      },
    })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .innerJoin(users, eq(users.id, cases.ownerId))
    .orderBy(asc(cases.reference));
  return {
    accounts,
    cases: caseRows.map((c) => ({
      ...c,
      openedAt: c.openedAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
    })),
  };
}

let embedded: DatabaseHandle;
let pgDatabases: TestDatabase[] = [];
let pgHandles: DatabaseHandle[] = [];

async function freshPostgres(): Promise<Database> {
  const database = await createTestDatabase();
  pgDatabases.push(database);
  const handle = await openDatabase({ kind: "postgres", url: database.url, maxConnections: 2 });
  pgHandles.push(handle);
  await handle.migrate();
  return handle.db;
}

beforeAll(async () => {
  embedded = await openDatabase({ kind: "embedded", dataDir: undefined });
  await embedded.migrate();
  expect(await seedDemo(embedded.db, { people: PEOPLE, hashPassword, now: NOW, seed: 7 })).toEqual({
    seeded: true,
  });
});

afterAll(async () => {
  await embedded?.close();
  for (const handle of pgHandles) await handle.close();
  for (const database of pgDatabases) await database.drop();
  pgHandles = [];
  pgDatabases = [];
});

describe("seedDemo", () => {
  it("creates the six demo accounts with the demo password's hash, none waiting for a handover", async () => {
    const { accounts } = await snapshot(embedded.db);
    expect(accounts).toHaveLength(6);
    expect(accounts.map((a) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    for (const demo of DEMO_ACCOUNTS) {
      expect(accounts.find((a) => a.email === demo.email)).toEqual({
        email: demo.email,
        name: demo.name,
        roles: demo.roles,
        programmes: demo.programmes,
        isDemo: true,
        active: true,
        passwordHash: `hash:${DEMO_PASSWORD}`,
        handoverPendingBy: null,
      });
    }
    expect(hashed).toEqual([DEMO_PASSWORD]);
  });

  it("creates the requested people, each with one or two cases, over all four programmes", async () => {
    const [peopleCount] = await embedded.db.select({ n: count() }).from(people);
    expect(peopleCount?.n).toBe(PEOPLE);
    const perPerson = await embedded.db
      .select({ personId: cases.personId, n: count() })
      .from(cases)
      .groupBy(cases.personId);
    expect(perPerson).toHaveLength(PEOPLE);
    for (const { n } of perPerson) expect([1, 2]).toContain(n);

    const { cases: all } = await snapshot(embedded.db);
    const byProgramme = new Map<Programme, number>();
    for (const c of all) byProgramme.set(c.programme, (byProgramme.get(c.programme) ?? 0) + 1);
    expect([...byProgramme.keys()].sort()).toEqual([...PROGRAMMES].sort());
    for (const programme of PROGRAMMES) expect(byProgramme.get(programme)).toBeGreaterThanOrEqual(PEOPLE / 4);
  });

  it("gives every case a valid state, reference, restriction, dates and one owner assignment", async () => {
    const { cases: all } = await snapshot(embedded.db);
    const assignments = await embedded.db
      .select({ reference: cases.reference, ownerId: cases.ownerId, userId: caseAssignments.userId })
      .from(caseAssignments)
      .innerJoin(cases, eq(cases.id, caseAssignments.caseId));
    const caseworkers = DEMO_ACCOUNTS.filter((a) => a.roles.includes("caseworker")).map((a) => a.email);
    expect(new Set(all.map((c) => c.reference)).size).toBe(all.length);
    for (const c of all) {
      expect(isStateOf(c.programme, c.state)).toBe(true);
      expect(c.reference).toMatch(/^(AVRR|CT|SA|LM)-\d{4}-\d{5}$/);
      expect(c.reference.split("-")[1]).toBe(c.openedAt.slice(0, 4));
      expect(c.restricted).toBe(c.programme === "counter_trafficking");
      expect(caseworkers).toContain(c.ownerEmail);
      expect(c.openedAt <= NOW.toISOString()).toBe(true);
      expect(c.closedAt !== null).toBe(TERMINAL_STATES.has(c.state));
      if (c.closedAt) expect(c.closedAt >= c.openedAt && c.closedAt <= NOW.toISOString()).toBe(true);
      const mine = assignments.filter((a) => a.reference === c.reference);
      expect(mine).toHaveLength(1);
      expect(mine[0]?.userId).toBe(mine[0]?.ownerId);
    }
    // References count up from 1 per programme and year, in the order the cases were opened by the seed.
    const groups = new Map<string, number[]>();
    for (const c of all) {
      const [code, year, n] = c.reference.split("-");
      const key = `${code}-${year}`;
      groups.set(key, [...(groups.get(key) ?? []), Number(n)]);
    }
    for (const numbers of groups.values()) {
      expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it("makes plausible people: names of their citizenship, one of date of birth or estimated age", async () => {
    const rows = await embedded.db.select().from(people);
    const today = todayIso(NOW);
    for (const p of rows) {
      expect(p.citizenships).toHaveLength(1);
      const origin = DEMO_ORIGINS.find((o) => o.country === p.citizenships[0]);
      expect(origin).toBeDefined();
      const country = origin?.country ?? "UA";
      const native = (names: readonly string[] = []) => names.map((n) => nativeName(country, n));
      expect([...native(origin?.female), ...native(origin?.male)]).toContain(p.givenName);
      expect(native(origin?.family)).toContain(p.familyName);
      expect(native(origin?.[p.sex === "female" ? "female" : "male"])).toContain(p.givenName);
      // Belarusians are written in Cyrillic, everyone else as listed; search finds both in Latin.
      expect(isLatinScript(`${p.givenName} ${p.familyName}`)).toBe(country !== "BY");
      // With the passport spelling, as registration requires of a name in another script.
      expect(p.familyNameLatin !== null).toBe(country === "BY");
      if (p.familyNameLatin) expect(nativeName(country, p.familyNameLatin)).toBe(p.familyName);
      expect(p.searchName).toBe(personSearchName(p));
      expect(p.searchKeyVersion).toBe(SEARCH_KEY_VERSION);
      expect((p.dateOfBirth === null) !== (p.estimatedAge === null)).toBe(true);
      const age = p.dateOfBirth ? ageOn(p.dateOfBirth, today) : (p.estimatedAge ?? -1);
      expect(age).toBeGreaterThanOrEqual(14);
      expect(age).toBeLessThanOrEqual(64);
      expect(p.ageEstimatedOn).toBe(p.estimatedAge === null ? null : today);
    }
  });

  it("always has the first person, a Belarusian in Cyrillic, in the first caseworker's AVRR caseload", async () => {
    const found = await embedded.db
      .select({
        givenName: people.givenName,
        familyName: people.familyName,
        programme: cases.programme,
        owner: users.email,
      })
      .from(cases)
      .innerJoin(people, eq(people.id, cases.personId))
      .innerJoin(users, eq(users.id, cases.ownerId))
      .where(eq(people.familyName, nativeName("BY", FIRST_DEMO_PERSON.familyName)));
    expect(found).toContainEqual({
      givenName: "Ганна",
      familyName: "Марозаў",
      programme: "avrr",
      owner: "caseworker@example.org",
    });
    expect(searchText("Марозаў")).toBe("marozau");
  });

  it("gives people contact details, and most with a date of birth a passport of their citizenship", async () => {
    const rows = await embedded.db.select().from(people);
    const documents = await embedded.db.select().from(personIdentityDocuments);
    for (const p of rows) {
      for (const phone of p.phones) expect(toE164(phone)).toBe(phone);
      expect(p.languages.length).toBeGreaterThan(0);
      expect(p.gender).toBe(p.sex === "female" ? "Feminine" : "Masculine");
      const own = documents.filter((d) => d.personId === p.id);
      if (p.dateOfBirth === null) expect(own).toEqual([]);
      for (const d of own) {
        expect(d).toMatchObject({
          type: "passport",
          issuingCountry: p.citizenships[0],
          createdBy: p.createdBy,
        });
        expect(d.number).toMatch(/^[A-Z]{2}\d{6}$/);
      }
    }
    expect(documents.length).toBeGreaterThan(0);
    expect(new Set(documents.map((d) => d.number)).size).toBe(documents.length);
  });

  it("does nothing the second time", async () => {
    const before = await snapshot(embedded.db);
    const [peopleBefore] = await embedded.db.select({ n: count() }).from(people);
    expect(await seedDemo(embedded.db, { people: PEOPLE, hashPassword, now: NOW, seed: 7 })).toEqual({
      seeded: false,
    });
    expect(await seedDemo(embedded.db, { people: 3, hashPassword, seed: 99 })).toEqual({ seeded: false });
    expect(await snapshot(embedded.db)).toEqual(before);
    const [peopleAfter] = await embedded.db.select({ n: count() }).from(people);
    expect(peopleAfter?.n).toBe(peopleBefore?.n);
    expect(hashed).toEqual([DEMO_PASSWORD]);
  });

  it("gives the same names and cases for the same seed, on another database of the other kind", async () => {
    const db = await freshPostgres();
    expect(await seedDemo(db, { people: PEOPLE, hashPassword, now: NOW, seed: 7 })).toEqual({ seeded: true });
    const theirs = await snapshot(db);
    const ours = await snapshot(embedded.db);
    expect(theirs.cases.length).toBeGreaterThanOrEqual(PEOPLE);
    expect(theirs).toEqual(ours);
  });

  it("gives different people for a different seed", async () => {
    const db = await freshPostgres();
    await seedDemo(db, { people: PEOPLE, hashPassword, now: NOW, seed: 8 });
    const names = (s: Awaited<ReturnType<typeof snapshot>>) =>
      s.cases.map((c) => `${c.person.givenName} ${c.person.familyName} ${c.person.dateOfBirth}`);
    expect(names(await snapshot(db))).not.toEqual(names(await snapshot(embedded.db)));
  });

  it("seeds once when two processes seed one empty database at the same moment", async () => {
    const database = await createTestDatabase();
    pgDatabases.push(database);
    const [first, second] = await Promise.all(
      [0, 1].map(() => openDatabase({ kind: "postgres", url: database.url, maxConnections: 2 })),
    );
    if (!first || !second) throw new Error("no handles");
    pgHandles.push(first, second);
    await first.migrate();
    const outcomes = await Promise.all(
      [first, second].map((h) => seedDemo(h.db, { people: 2, hashPassword, now: NOW })),
    );
    expect(outcomes.map((o) => o.seeded).sort()).toEqual([false, true]);
    const { accounts, cases: seededCases } = await snapshot(first.db);
    expect(accounts).toHaveLength(DEMO_ACCOUNTS.length);
    expect(seededCases.length).toBeGreaterThanOrEqual(2);
  });

  it("seeds nothing but the accounts when asked for no people", async () => {
    const db = await freshPostgres();
    expect(await seedDemo(db, { people: 0, hashPassword, now: NOW })).toEqual({ seeded: true });
    const { accounts, cases: none } = await snapshot(db);
    expect(accounts).toHaveLength(DEMO_ACCOUNTS.length);
    expect(none).toEqual([]);
  });
});
