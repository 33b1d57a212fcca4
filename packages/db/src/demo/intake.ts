import {
  type FeedbackChannel,
  type FeedbackKind,
  feedbackStatus,
  type Programme,
  type ReferralSource,
  SCREENING_REFERRAL_SOURCE,
} from "@kelias/domain";
import { asc, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "../audit";
import { caseFeedback, cases, traffickingScreenings } from "../schema";
import { DAY, isoDay } from "./days";
import type { SeededRandom } from "./random";

/** How people come to each programme, the likelier ones repeated. */
const SOURCES: Record<Programme, readonly ReferralSource[]> = {
  avrr: ["self_referral", "self_referral", "detention", "detention", "ngo", "consulate", "border_guard"],
  counter_trafficking: [
    "police",
    "police",
    "hotline",
    "ngo",
    "border_guard",
    "labour_inspectorate",
    "consulate",
  ],
  social_assistance: ["self_referral", "ngo", "ngo", "social_services", "health_care", "hotline"],
  labour_migration: ["self_referral", "self_referral", "labour_inspectorate", "hotline", "ngo"],
};

/** Who referred, in words, for the entry points a name helps with. */
const DETAILS: Partial<Record<ReferralSource, readonly string[]>> = {
  ngo: ["Caritas Lithuania", "Lithuanian Red Cross", "Missing Persons' Families Support Centre"],
  police: ["Vilnius County Police", "Kaunas County Police"],
  detention: ["Foreigners' Registration Centre, Pabradė", "Medininkai Foreigners' Registration Centre"],
  consulate: ["Embassy of Georgia", "Embassy of Ukraine"],
};

const FEEDBACK: { kind: FeedbackKind; topic: string; detail: string; resolution: string }[] = [
  {
    kind: "satisfaction",
    topic: "Counselling",
    detail: "Thanked the caseworker for explaining every step.",
    resolution: "Thanked; shared with the team.",
  },
  {
    kind: "complaint",
    topic: "Waiting time",
    detail: "Waited three weeks for the first appointment.",
    resolution: "Apologised; the first appointment is now offered within a week.",
  },
  {
    kind: "complaint",
    topic: "Interpreter",
    detail: "The interpreter did not come to the appointment.",
    resolution: "A new appointment with another interpreter was booked.",
  },
  {
    kind: "suggestion",
    topic: "Information in Russian",
    detail: "Asked for the leaflets in Russian.",
    resolution: "Russian leaflets ordered.",
  },
  { kind: "satisfaction", topic: "Travel arrangements", detail: "", resolution: "Thanked." },
];

const CHANNELS: readonly FeedbackChannel[] = [
  "in_person",
  "in_person",
  "phone",
  "hotline",
  "email",
  "letter",
];

/**
 * The entry point of every demo case (a few of the oldest left "not recorded", as cases opened
 * before it was asked), the office itself for the cases screened from another, and feedback from
 * about a third of the people: satisfaction, complaints (most of them answered) and suggestions.
 */
export async function seedIntake(tx: Executor, random: SeededRandom, now: Date): Promise<void> {
  const rows = await tx
    .select({ id: cases.id, programme: cases.programme, ownerId: cases.ownerId, openedAt: cases.openedAt })
    .from(cases)
    .orderBy(asc(cases.openedAt), asc(cases.reference));
  const screened = new Set(
    (
      await tx
        .select({ id: traffickingScreenings.caseId })
        .from(traffickingScreenings)
        .where(isNotNull(traffickingScreenings.sourceCaseId))
    ).map((r) => r.id),
  );
  const feedback: (typeof caseFeedback.$inferInsert)[] = [];
  // The first complaint always waits for an answer, so that a small demo still shows one open.
  let complaintSeen = false;
  for (const [i, c] of rows.entries()) {
    const legacy = i < Math.floor(rows.length / 12);
    const source = screened.has(c.id) ? SCREENING_REFERRAL_SOURCE : random.pick(SOURCES[c.programme]);
    const names = DETAILS[source];
    await tx
      .update(cases)
      .set(
        legacy
          ? { referralSource: null }
          : {
              referralSource: source,
              referralSourceDetail: names && random.chance(0.7) ? random.pick(names) : "",
            },
      )
      .where(eq(cases.id, c.id));
    if (!random.chance(0.35)) continue;
    const open = c.openedAt.getTime();
    const span = Math.max(1, Math.floor((now.getTime() - open) / DAY));
    const received = new Date(open + random.int(0, span) * DAY);
    const entry = random.pick(FEEDBACK);
    const complaint = entry.kind === "complaint";
    const firstComplaint = complaint && !complaintSeen;
    // Drawn for every complaint, the first too, so the rest of the demo stays as it was.
    const answered = (!complaint || random.chance(0.6)) && !firstComplaint;
    if (complaint) complaintSeen = true;
    const resolvedAt = new Date(Math.min(now.getTime(), received.getTime() + random.int(1, 14) * DAY));
    const resolvedOn = answered ? isoDay(resolvedAt) : null;
    feedback.push({
      caseId: c.id,
      kind: entry.kind,
      channel: random.pick(CHANNELS),
      receivedOn: isoDay(received),
      topic: entry.topic,
      detail: entry.detail,
      rating:
        entry.kind === "satisfaction"
          ? random.int(4, 5)
          : entry.kind === "complaint"
            ? random.int(1, 2)
            : null,
      resolution: answered ? entry.resolution : "",
      resolvedOn,
      status: feedbackStatus({ resolvedOn }),
      createdBy: c.ownerId,
      updatedBy: c.ownerId,
      createdAt: received,
      updatedAt: resolvedOn ? resolvedAt : received,
    });
  }
  if (feedback.length > 0) await tx.insert(caseFeedback).values(feedback);
}
