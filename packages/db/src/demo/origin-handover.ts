import { CONSENT_CHECKLIST } from "@kelias/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../audit";
import { caseConsents, cases } from "../schema";
import { DAY, isoDay } from "./days";

/** The AVRR states from which the person is about to go home, or is home: a handover makes sense. */
const HANDED_OVER_STATES = ["travel_booked", "departed", "arrived", "reintegration", "monitoring"];

/**
 * The demo's consents to sharing with the office in the country of origin: the people of the AVRR
 * cases about to travel or back home gave one (informed, a week before now at the latest), so a
 * demo caseworker can make a handover package. No handover itself is seeded: a package is signed
 * by the running app's key, which the seed does not hold.
 */
export async function seedOriginOfficeConsents(tx: Executor, now: Date): Promise<void> {
  const rows = await tx
    .select({ id: cases.id, ownerId: cases.ownerId, openedAt: cases.openedAt })
    .from(cases)
    .where(and(eq(cases.programme, "avrr"), inArray(cases.state, HANDED_OVER_STATES)));
  const checklist = Object.fromEntries(CONSENT_CHECKLIST.map((item) => [item, true])) as Record<
    (typeof CONSENT_CHECKLIST)[number],
    boolean
  >;
  for (const c of rows) {
    const givenAt = new Date(Math.max(c.openedAt.getTime(), now.getTime() - 7 * DAY));
    await tx.insert(caseConsents).values({
      caseId: c.id,
      purpose: "origin_office",
      givenOn: isoDay(givenAt),
      ...checklist,
      researchUse: false,
      recordedBy: c.ownerId,
      recordedAt: givenAt,
    });
  }
}
