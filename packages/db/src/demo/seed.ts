import {
  alwaysRestricted,
  CASE_STATES,
  type CountryCode,
  type LanguageCode,
  PROGRAMMES,
  type Programme,
  TERMINAL_STATES,
} from "@kelias/domain";
import { count, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { nextCaseReference } from "../references";
import {
  caseAssignments,
  caseSensitiveNotes,
  cases,
  people,
  personIdentityDocuments,
  users,
} from "../schema";
import { noteSearchColumns, personSearchColumns } from "../search-keys";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { seedAssessments } from "./assessments";
import { seedCaseRecord, seedPartners } from "./case-record";
import { DAY, isoDay } from "./days";
import { seedFamilies } from "./families";
import { type DemoScreeningTimes, seedScreening } from "./identification";
import { seedIntake } from "./intake";
import { seedMyDay } from "./my-day";
import { DEMO_ORIGINS, FIRST_DEMO_PERSON, nativeName } from "./names";
import { seedOriginOfficeConsents } from "./origin-handover";
import { SeededRandom } from "./random";
import { seedReintegration } from "./reintegration";
import { seedStateHistory } from "./state-history";
import { seedDemoTimeline } from "./timeline";
import { seedTravel } from "./travel";
import { demoArrivalDate, seedUnsafeDestinationList, seedWorkflow } from "./workflow";

export interface SeedOptions {
  /** How many people to create; each gets one case, some two. */
  people: number;
  hashPassword: (password: string) => Promise<string>;
  now?: Date;
  seed?: number;
}

const DEMO_HEALTH_NOTES = [
  "Type 1 diabetes: needs insulin for the journey and a clinic contact at destination.",
  "Pregnant, about 24 weeks; antenatal check booked at the district clinic.",
  "Recovering from a fractured arm; follow-up X-ray due next month.",
  "Reports trouble sleeping; referred for psychological counselling with consent.",
];

/** Languages people of each demo citizenship commonly speak (ISO 639). */
const DEMO_LANGUAGES: Partial<Record<CountryCode, LanguageCode[]>> = {
  UA: ["uk", "ru"],
  BY: ["be", "ru"],
  TJ: ["tg", "ru"],
  UZ: ["uz", "ru"],
  IQ: ["ar", "ckb"],
  SY: ["ar"],
  NG: ["en", "yo"],
  LK: ["si", "ta"],
  IN: ["hi", "en"],
  VN: ["vi"],
};

const LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

const healthNote = (content: string) => ({ content, ...noteSearchColumns(content) });

/**
 * When a demo case entered the states other records date: an AVRR return departs the day before it
 * arrives; a counter-trafficking case enters screening when its screening opens and moves on when
 * the manager decides the identification.
 */
function demoEnteredAt(
  programme: Programme,
  state: string,
  openedAt: Date,
  closedAt: Date | null,
  now: Date,
  screened: DemoScreeningTimes | null,
): Partial<Record<string, Date>> {
  if (programme === "avrr" && ["arrived", "reintegration", "monitoring", "closed"].includes(state)) {
    const arrived = new Date(`${demoArrivalDate(openedAt, closedAt, now)}T10:00:00Z`);
    // A closed case may have closed early, after departing but before arriving: then no arrival.
    return state === "closed" && closedAt && arrived > closedAt
      ? {}
      : { departed: new Date(arrived.getTime() - DAY), arrived };
  }
  if (programme === "counter_trafficking" && screened) {
    const decided = screened.decidedAt ?? undefined;
    return {
      screening: screened.screenedAt,
      presumed_victim: decided,
      reflection_period: decided,
      not_a_victim: decided,
    };
  }
  return {};
}

/** Any constant: the key of the transaction lock that lets one seeder at a time look for users. */
const SEED_LOCK_KEY = 7_101_202_613;

async function hasUsers(db: Database): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(users);
  return (existing?.n ?? 0) > 0;
}

/**
 * Loads the demo data into an empty database; does nothing when any user exists. Safe when two
 * processes seed one database at once: the second waits for the first's transaction, then finds
 * its users.
 */
export async function seedDemo(db: Database, options: SeedOptions): Promise<{ seeded: boolean }> {
  if (await hasUsers(db)) return { seeded: false };

  const now = options.now ?? new Date();
  const random = new SeededRandom(options.seed ?? 20_261_128);
  // Contact details and documents draw from their own sequence, so adding them left the names,
  // dates and cases of the demo data as they were.
  const details = new SeededRandom((options.seed ?? 20_261_128) + 1);
  // Workflow facts draw from a sequence of their own too.
  const workflow = new SeededRandom((options.seed ?? 20_261_128) + 2);
  // And the case record (notes, services, consents, referrals, tasks), from a sequence of its own.
  const record = new SeededRandom((options.seed ?? 20_261_128) + 3);
  // Counter-trafficking screenings, proposals and decisions, from a sequence of their own.
  const screenings = new SeededRandom((options.seed ?? 20_261_128) + 4);
  // Task priorities and appointments ("My day"), from a sequence of their own.
  const myDay = new SeededRandom((options.seed ?? 20_261_128) + 5);
  const travel = new SeededRandom((options.seed ?? 20_261_128) + 6);
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (await hasUsers(tx)) return { seeded: false };
    await seedUnsafeDestinationList(tx);
    const accounts = await tx
      .insert(users)
      .values(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash, isDemo: true })))
      .returning({ id: users.id, email: users.email });
    const idOf = (email: string) => {
      const found = accounts.find((a) => a.email === email);
      if (!found) throw new Error(`demo account ${email} missing`);
      return found.id;
    };
    const partnerIds = await seedPartners(tx, idOf("admin@example.org"));
    // Most demo cases belong to the first caseworker, so their caseload is rich; the second has a few.
    const owners = [
      idOf("caseworker@example.org"),
      idOf("caseworker@example.org"),
      idOf("caseworker2@example.org"),
    ];

    for (let i = 0; i < options.people; i++) {
      const picked = random.pick(DEMO_ORIGINS);
      const first = i === 0;
      const origin = first
        ? (DEMO_ORIGINS.find((o) => o.country === FIRST_DEMO_PERSON.country) ?? picked)
        : picked;
      const drawnSex = random.chance(0.55) ? "female" : "male";
      const sex = first ? "female" : drawnSex;
      const adult = random.chance(0.85);
      const age = adult ? random.int(18, 64) : random.int(14, 17);
      const estimated = random.chance(0.2);
      const birth = new Date(now.getTime() - (age * 365.25 + random.int(1, 360)) * DAY);
      const drawnOwner = random.pick(owners);
      const ownerId = first ? idOf("caseworker@example.org") : drawnOwner;
      const givenName = random.pick(sex === "female" ? origin.female : origin.male);
      const familyName = random.pick(origin.family);
      const latin = {
        givenName: first ? FIRST_DEMO_PERSON.givenName : givenName,
        familyName: first ? FIRST_DEMO_PERSON.familyName : familyName,
      };
      // A name written in another script comes with its passport spelling, as the form requires.
      const names = {
        givenName: nativeName(origin.country, latin.givenName),
        familyName: nativeName(origin.country, latin.familyName),
        givenNameLatin:
          nativeName(origin.country, latin.givenName) === latin.givenName ? null : latin.givenName,
        familyNameLatin:
          nativeName(origin.country, latin.familyName) === latin.familyName ? null : latin.familyName,
      };
      const [person] = await tx
        .insert(people)
        .values({
          ...names,
          ...personSearchColumns(names),
          dateOfBirth: estimated ? null : isoDay(birth),
          estimatedAge: estimated ? age : null,
          ageEstimatedOn: estimated ? isoDay(now) : null,
          sex,
          gender: sex === "female" ? "Feminine" : "Masculine",
          citizenships: [origin.country],
          languages: DEMO_LANGUAGES[origin.country]?.slice(0, details.int(1, 2)) ?? [],
          // Lithuanian mobile numbers: +370 6xx xxxxx.
          phones: details.chance(0.7) ? [`+3706${String(details.int(0, 9_999_999)).padStart(7, "0")}`] : [],
          createdBy: ownerId,
        })
        .returning({ id: people.id });
      if (!person) throw new Error("person insert returned nothing");
      // Most people with a known date of birth came with a passport; estimated ages, without papers.
      if (!estimated && details.chance(0.8)) {
        const number = `${details.pick([...LETTERS])}${details.pick([...LETTERS])}${String(details.int(0, 999_999)).padStart(6, "0")}`;
        await tx.insert(personIdentityDocuments).values({
          personId: person.id,
          position: 0,
          type: "passport",
          number,
          issuingCountry: origin.country,
          expiresOn: isoDay(new Date(now.getTime() + details.int(-200, 3000) * DAY)),
          createdBy: ownerId,
        });
      }

      const caseCount = random.chance(0.15) ? 2 : 1;
      for (let c = 0; c < caseCount; c++) {
        const programme: Programme = PROGRAMMES[(i + c) % PROGRAMMES.length] ?? "avrr";
        const state = random.pick(CASE_STATES[programme]);
        const openedAt = new Date(now.getTime() - random.int(1, 540) * DAY);
        const reference = await nextCaseReference(tx, programme, openedAt.getUTCFullYear());
        const [row] = await tx
          .insert(cases)
          .values({
            reference,
            programme,
            state,
            personId: person.id,
            ownerId,
            restricted: alwaysRestricted(programme),
            openedAt,
            closedAt: TERMINAL_STATES.has(state)
              ? new Date(Math.min(now.getTime(), openedAt.getTime() + random.int(20, 120) * DAY))
              : null,
            createdAt: openedAt,
            updatedAt: openedAt,
          })
          .returning({ id: cases.id, closedAt: cases.closedAt });
        if (!row) throw new Error("case insert returned nothing");
        await tx
          .insert(caseAssignments)
          .values({ caseId: row.id, userId: ownerId, kind: "owner", assignedAt: openedAt });
        // The screening first: its opening and decision are when the case moved on.
        const screened =
          programme === "counter_trafficking"
            ? await seedScreening(tx, screenings, {
                caseId: row.id,
                state,
                ownerId,
                managerId: idOf("manager@example.org"),
                openedAt,
                now,
                dateOfBirth: estimated ? null : isoDay(birth),
                estimatedAge: estimated ? age : null,
              })
            : null;
        const entered = await seedStateHistory(tx, {
          caseId: row.id,
          programme,
          state,
          ownerId,
          managerId: idOf(programme === "labour_migration" ? "manager2@example.org" : "manager@example.org"),
          openedAt,
          closedAt: row.closedAt,
          now,
          enteredAt: demoEnteredAt(programme, state, openedAt, row.closedAt, now, screened),
        });
        // A case closed by a move another record dates (not a victim, on the decision) closed then.
        const closedAt = row.closedAt ? entered : null;
        if (closedAt && row.closedAt && closedAt.getTime() !== row.closedAt.getTime()) {
          await tx.update(cases).set({ closedAt }).where(eq(cases.id, row.id));
        }
        await seedWorkflow(tx, workflow, {
          caseId: row.id,
          programme,
          state,
          ownerId,
          openedAt,
          closedAt,
          now,
          country: origin.country,
          enteredAt: entered,
        });
        await seedTravel(tx, travel, {
          caseId: row.id,
          programme,
          state,
          ownerId,
          openedAt,
          closedAt,
          now,
          country: origin.country,
          enteredAt: entered,
        });
        await seedCaseRecord(tx, record, {
          caseId: row.id,
          programme,
          ownerId,
          openedAt,
          closedAt,
          now,
          partnerIds,
        });
        if (random.chance(0.3)) {
          await tx.insert(caseSensitiveNotes).values({
            caseId: row.id,
            category: "health",
            ...healthNote(random.pick(DEMO_HEALTH_NOTES)),
            updatedBy: ownerId,
            updatedAt: openedAt,
          });
        }
      }
    }
    await seedMyDay(tx, myDay, {
      now,
      caseworkerId: idOf("caseworker@example.org"),
    });
    await seedAssessments(tx, new SeededRandom((options.seed ?? 20_261_128) + 6), now);
    await seedIntake(tx, new SeededRandom((options.seed ?? 20_261_128) + 7), now);
    await seedReintegration(tx, new SeededRandom((options.seed ?? 20_261_128) + 8), now);
    await seedFamilies(tx, { ownerId: idOf("caseworker@example.org") });
    await seedOriginOfficeConsents(tx, now);
    // The history of it all (audit log, field history), from the records above, oldest first.
    await seedDemoTimeline(tx, new SeededRandom((options.seed ?? 20_261_128) + 5), now);
    return { seeded: true };
  });
}
