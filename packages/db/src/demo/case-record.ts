import {
  CONSENT_CHECKLIST,
  type ConsentChecklist,
  type PartnerKind,
  type Programme,
  type ServiceType,
} from "@kelias/domain";
import type { Executor } from "../audit";
import {
  caseConsents,
  caseNoteRevisions,
  caseNotes,
  caseReferrals,
  caseServices,
  caseTasks,
  partners,
} from "../schema";
import { noteSearchColumns } from "../search-keys";
import { DAY, isoDay } from "./days";
import type { SeededRandom } from "./random";

const noteText = (content: string) => ({ content, ...noteSearchColumns(content) });

/** Invented organisations (names and contacts are not those of any real body). */
const DEMO_PARTNERS: {
  name: string;
  kind: PartnerKind;
  city: string;
  contact: string;
  services: ServiceType[];
}[] = [
  {
    name: "Šviesos tiltas",
    kind: "ngo",
    city: "Vilnius",
    contact: "info@sviesos-tiltas.example, +370 5 200 0101",
    services: ["SocialCare", "RightsBasedTraining", "Livelihood"],
  },
  {
    name: "Neries šeimos klinika",
    kind: "clinic",
    city: "Vilnius",
    contact: "registratura@neries-klinika.example, +370 5 200 0202",
    services: ["Health"],
  },
  {
    name: "Saugus kampas",
    kind: "shelter",
    city: "Kaunas",
    contact: "+370 37 200 0303 (24 h)",
    services: ["accommodation", "SocialCare", "SexualExploitationRehabilitation"],
  },
  {
    name: "Teisinės pagalbos biuras „Lygybė“",
    kind: "legal_aid",
    city: "Vilnius",
    contact: "teisininkai@lygybe.example",
    services: ["Legal"],
  },
  {
    name: "Pamario vertėjai",
    kind: "other",
    city: "Klaipėda",
    contact: "uzsakymai@pamario-vertejai.example",
    services: ["interpretation"],
  },
  {
    name: "Darbo kelias",
    kind: "ngo",
    city: "Šiauliai",
    contact: "+370 41 200 0606",
    services: ["Livelihood", "Education", "LabourExploitationRehabilitation"],
  },
];

/** The demo partner registry; returns the ids of the partners, in the order above. */
export async function seedPartners(tx: Executor, adminId: string): Promise<string[]> {
  const rows = await tx
    .insert(partners)
    .values(DEMO_PARTNERS.map((p) => ({ ...p, createdBy: adminId, updatedBy: adminId })))
    .returning({ id: partners.id });
  return rows.map((r) => r.id);
}

const NOTES: Record<Programme, string[]> = {
  avrr: [
    "First meeting: explained the return programme and what the reintegration grant covers.",
    "Called the embassy about a travel document; they need a passport photo and a copy of the birth certificate.",
    "The person confirmed they still want to return and asked about taking their tools with them.",
    "Talked about housing after arrival; the family in the home town can host them for the first months.",
  ],
  counter_trafficking: [
    "Met at the shelter with an interpreter; the person is tired but calm and agreed to talk again next week.",
    "Discussed the reflection period and that assistance does not depend on talking to the police.",
    "The person asked for help to contact their mother; agreed to arrange a call from the office.",
  ],
  social_assistance: [
    "Came to the office about unpaid wages and an expired residence permit.",
    "Helped fill in the application for a temporary residence permit; follow-up in two weeks.",
    "Referred to the clinic for the ongoing back pain; the person prefers a female doctor.",
  ],
  labour_migration: [
    "Checked the job offer: the contract promises 40 hours but the advertisement mentions night shifts.",
    "Explained the worker's rights under the Labour Code and where to complain.",
    "Pre-departure orientation done by video call; questions about accommodation costs.",
  ],
};

const EDITED_NOTE_SUFFIX = " Corrected the date after checking the calendar.";

const SERVICES: Record<Programme, { type: ServiceType; provider: string; cost: [number, number] | null }[]> =
  {
    avrr: [
      { type: "ticket", provider: "Air Baltic via travel agency", cost: [180, 650] },
      { type: "reintegration_grant", provider: "Kelias country office", cost: [500, 2000] },
      { type: "accommodation", provider: "Saugus kampas", cost: [30, 60] },
      { type: "interpretation", provider: "Pamario vertėjai", cost: [25, 45] },
    ],
    counter_trafficking: [
      { type: "accommodation", provider: "Saugus kampas", cost: [30, 60] },
      { type: "Health", provider: "Neries šeimos klinika", cost: null },
      { type: "Legal", provider: "Teisinės pagalbos biuras „Lygybė“", cost: null },
      { type: "SocialCare", provider: "Šviesos tiltas", cost: null },
    ],
    social_assistance: [
      { type: "material_assistance", provider: "Kelias country office", cost: [40, 150] },
      { type: "Health", provider: "Neries šeimos klinika", cost: [20, 80] },
      { type: "interpretation", provider: "Pamario vertėjai", cost: [25, 45] },
    ],
    labour_migration: [
      { type: "RightsBasedTraining", provider: "Darbo kelias", cost: null },
      { type: "Legal", provider: "Teisinės pagalbos biuras „Lygybė“", cost: null },
    ],
  };

const TASKS: Record<Programme, string[]> = {
  avrr: ["Book the flight", "Collect the travel document from the embassy", "Confirm the arrival pick-up"],
  counter_trafficking: ["Arrange the call with the family", "Ask the clinic for the test results"],
  social_assistance: ["Follow up on the residence permit application", "Check the wage claim"],
  labour_migration: ["Send the contract check to the worker", "Call the employer about the night shifts"],
};

const FULL_CHECKLIST = Object.fromEntries(CONSENT_CHECKLIST.map((item) => [item, true])) as ConsentChecklist;

export interface DemoRecordCase {
  caseId: string;
  programme: Programme;
  ownerId: string;
  openedAt: Date;
  closedAt: Date | null;
  now: Date;
  partnerIds: readonly string[];
}

/** Notes, services, consents, referrals and tasks for one demo case, all by the case's owner. */
export async function seedCaseRecord(tx: Executor, random: SeededRandom, c: DemoRecordCase): Promise<void> {
  const end = c.closedAt ?? c.now;
  const span = Math.max(1, Math.floor((end.getTime() - c.openedAt.getTime()) / DAY));
  /** A moment within the case's life, `share` of the way along it. */
  const along = (share: number) =>
    new Date(Math.min(end.getTime(), c.openedAt.getTime() + Math.floor(span * share) * DAY + 3_600_000 * 10));
  const by = { createdBy: c.ownerId, updatedBy: c.ownerId };

  // Consent: most people agreed to assistance at the first meeting; many to referrals too.
  const consentOn = along(0);
  if (random.chance(0.8)) {
    await tx.insert(caseConsents).values({
      caseId: c.caseId,
      purpose: "assistance",
      givenOn: isoDay(consentOn),
      ...FULL_CHECKLIST,
      researchUse: random.chance(0.5),
      recordedBy: c.ownerId,
      recordedAt: consentOn,
    });
  }
  let referralConsentId: string | null = null;
  if (random.chance(0.5)) {
    const withdrawn = random.chance(0.1);
    const [consent] = await tx
      .insert(caseConsents)
      .values({
        caseId: c.caseId,
        purpose: "referral",
        givenOn: isoDay(consentOn),
        ...FULL_CHECKLIST,
        researchUse: false,
        note: "Explained with an interpreter; the person kept a copy of the information sheet.",
        recordedBy: c.ownerId,
        recordedAt: consentOn,
        ...(withdrawn
          ? {
              withdrawnOn: isoDay(along(0.6)),
              withdrawnBy: c.ownerId,
              withdrawnAt: along(0.6),
              withdrawalNote: "The person no longer wants information shared outside the office.",
              version: 2,
            }
          : {}),
      })
      .returning({ id: caseConsents.id });
    if (consent && !withdrawn) referralConsentId = consent.id;
  }

  const notes = NOTES[c.programme];
  const noteCount = random.int(0, Math.min(3, notes.length));
  for (let n = 0; n < noteCount; n++) {
    const at = along((n + 1) / (noteCount + 1));
    const content = notes[(n + random.int(0, notes.length - 1)) % notes.length] ?? "";
    const edited = random.chance(0.2);
    const editedAt = new Date(at.getTime() + 2 * 3_600_000);
    const [note] = await tx
      .insert(caseNotes)
      .values({
        caseId: c.caseId,
        ...noteText(edited ? content + EDITED_NOTE_SUFFIX : content),
        ...by,
        createdAt: at,
        updatedAt: edited ? editedAt : at,
        version: edited ? 2 : 1,
      })
      .returning({ id: caseNotes.id });
    if (note && edited) {
      await tx.insert(caseNoteRevisions).values({
        noteId: note.id,
        version: 1,
        content,
        writtenBy: c.ownerId,
        writtenAt: at,
        replacedBy: c.ownerId,
        replacedAt: editedAt,
      });
    }
  }

  const services = SERVICES[c.programme];
  const serviceCount = random.int(0, 2);
  for (let s = 0; s < serviceCount; s++) {
    const service = random.pick(services);
    const at = along(0.3 + 0.3 * s);
    await tx.insert(caseServices).values({
      caseId: c.caseId,
      type: service.type,
      provider: service.provider,
      deliveredOn: isoDay(at),
      quantity: service.type === "accommodation" ? random.int(3, 14) : 1,
      cost: service.cost ? `${random.int(service.cost[0], service.cost[1])}.00` : null,
      currency: service.cost ? "EUR" : null,
      ...by,
      createdAt: at,
      updatedAt: at,
    });
  }

  if (referralConsentId && c.partnerIds.length > 0 && random.chance(0.6)) {
    const at = along(0.4);
    await tx.insert(caseReferrals).values({
      caseId: c.caseId,
      partnerId: random.pick(c.partnerIds),
      consentId: referralConsentId,
      reason: "Needs support the office does not provide itself.",
      status: random.pick(["sent", "accepted", "completed"] as const),
      referredBy: c.ownerId,
      referredAt: at,
      updatedBy: c.ownerId,
      updatedAt: at,
    });
  }

  // Open cases get tasks around today: some overdue, some due soon, some done.
  if (c.closedAt === null) {
    const titles = TASKS[c.programme];
    const taskCount = random.int(0, 2);
    for (let k = 0; k < taskCount; k++) {
      const due = new Date(c.now.getTime() + random.int(-10, 21) * DAY);
      const done = random.chance(0.25);
      await tx.insert(caseTasks).values({
        caseId: c.caseId,
        title: random.pick(titles),
        dueDate: random.chance(0.1) ? null : isoDay(due),
        ...by,
        createdAt: along(0.5),
        updatedAt: along(0.5),
        ...(done ? { doneAt: c.now, doneBy: c.ownerId, version: 2 } : {}),
      });
    }
  }
}
