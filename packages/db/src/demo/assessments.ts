import {
  type AssessmentContent,
  type AssessmentKind,
  addDays,
  assessmentKindsFor,
  DEFAULT_REVIEW_INTERVALS,
  emptyAssessmentContent,
  NEEDS_DOMAINS,
  type NeedsContent,
  officeToday,
  REVIEW_TASK_TITLE,
  type RiskLevel,
  reviewDueDate,
  reviewTaskFor,
} from "@kelias/domain";
import { asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../audit";
import { caseAssessmentRevisions, caseAssessments, cases, caseTasks } from "../schema";
import type { SeededRandom } from "./random";

/** What the demo's needs assessments found, by domain: a level and a line. */
const NEEDS_FINDINGS: Record<string, { level: "low" | "moderate" | "high" | "urgent"; note: string }[]> = {
  safety: [
    { level: "high", note: "Former employer keeps calling; does not feel safe at the current address." },
    { level: "low", note: "Feels safe in the shelter." },
  ],
  health: [
    { level: "moderate", note: "Untreated dental pain; no family doctor yet." },
    { level: "low", note: "No health complaints." },
  ],
  psychosocial: [
    { level: "high", note: "Trouble sleeping, flashbacks; agrees to see a psychologist." },
    { level: "moderate", note: "Isolated; would like contact with the community." },
  ],
  legal: [
    { level: "urgent", note: "Residence permit expires this month." },
    { level: "moderate", note: "Wage claim against the employer to be prepared." },
  ],
  housing: [
    { level: "high", note: "Staying with acquaintances; must leave within two weeks." },
    { level: "low", note: "Rented room, affordable." },
  ],
  income: [
    { level: "high", note: "No income since the job ended." },
    { level: "moderate", note: "Part-time work, not enough for rent." },
  ],
  documentation: [
    { level: "moderate", note: "Passport held by the former employer." },
    { level: "low", note: "Documents in order." },
  ],
  family: [
    { level: "low", note: "Calls family at home weekly." },
    { level: "moderate", note: "Child at home with grandparents; worried about school fees." },
  ],
};

function demoContent(kind: AssessmentKind, random: SeededRandom): AssessmentContent {
  if (kind === "needs") {
    const ratings = { ...(emptyAssessmentContent("needs") as NeedsContent).ratings };
    for (const domain of NEEDS_DOMAINS) {
      if (random.chance(0.2)) continue;
      ratings[domain] = random.pick(NEEDS_FINDINGS[domain] ?? []);
    }
    return { kind, ratings };
  }
  const roll = random.int(0, 3);
  return {
    kind,
    categories:
      ([["elderly", "severe_illness"], ["single_parent_two_plus_children"], [], ["pregnant"]] as const)[
        roll
      ]?.slice() ?? [],
    categoriesNote: roll === 1 ? "Travels with three children aged 2, 5 and 9." : "",
    escort: roll === 0 ? "medical_nurse" : "none",
    medicalNeedsNote: roll === 0 ? "Needs oxygen during the flight; medical clearance requested." : "",
  };
}

const SUMMARIES: Record<RiskLevel, string[]> = {
  high: ["Immediate safety and housing needs; review within a week.", "Urgent legal deadline and no income."],
  medium: ["Several needs being addressed through referrals.", "Stable, follow up on the open referrals."],
  low: ["No urgent needs; routine follow-up.", "Needs met; review at the usual interval."],
};

/**
 * Assessments on the demo's open cases of the programmes that record them: a needs assessment on
 * social assistance and counter-trafficking cases, a vulnerability assessment on AVRR ones, some of
 * high risk (with their review task), one revised (with its earlier revision kept). Review dates use
 * the migration's default intervals.
 */
export async function seedAssessments(tx: Executor, random: SeededRandom, now: Date): Promise<void> {
  const today = officeToday(now);
  const open = await tx
    .select({ id: cases.id, programme: cases.programme, ownerId: cases.ownerId, openedAt: cases.openedAt })
    .from(cases)
    .where(isNull(cases.closedAt))
    .orderBy(asc(cases.reference));
  let n = 0;
  for (const c of open) {
    const [kind] = assessmentKindsFor(c.programme);
    if (!kind || !random.chance(0.45)) continue;
    n += 1;
    const opened = c.openedAt.toISOString().slice(0, 10);
    // Assessed within a month of opening, never after today.
    const first = [addDays(opened, random.int(1, 30)), today].sort()[0] ?? today;
    const risk: RiskLevel = n % 4 === 1 ? "high" : n % 4 === 2 ? "low" : "medium";
    // Every fifth one was revised later: its earlier revision set another risk.
    const revised = n % 5 === 0;
    const revisions: { on: string; risk: RiskLevel }[] = revised
      ? [
          { on: first, risk: risk === "high" ? "medium" : "high" },
          { on: [addDays(first, 14), today].sort()[0] ?? today, risk },
        ]
      : [{ on: first, risk }];
    const latest = revisions[revisions.length - 1] ?? { on: first, risk };
    const content = demoContent(kind, random);
    const summary = random.pick(SUMMARIES[latest.risk]);
    const reviewDue = reviewDueDate(latest.risk, latest.on, DEFAULT_REVIEW_INTERVALS);
    const at = (day: string) => new Date(`${day}T10:00:00Z`);
    const [row] = await tx
      .insert(caseAssessments)
      .values({
        caseId: c.id,
        kind,
        assessedOn: latest.on,
        riskLevel: latest.risk,
        reviewDue,
        content,
        summary,
        createdBy: c.ownerId,
        createdAt: at(first),
        updatedBy: c.ownerId,
        updatedAt: at(latest.on),
        version: revisions.length,
      })
      .returning({ id: caseAssessments.id });
    if (!row) throw new Error("assessment insert returned nothing");
    let openTask: { dueDate: string | null } | null = null;
    for (const [i, r] of revisions.entries()) {
      const due = reviewDueDate(r.risk, r.on, DEFAULT_REVIEW_INTERVALS);
      await tx.insert(caseAssessmentRevisions).values({
        assessmentId: row.id,
        version: i + 1,
        assessedOn: r.on,
        riskLevel: r.risk,
        reviewDue: due,
        content,
        summary: i === revisions.length - 1 ? summary : random.pick(SUMMARIES[r.risk]),
        recordedBy: c.ownerId,
        recordedAt: at(r.on),
      });
      const plan = reviewTaskFor({ riskLevel: r.risk, reviewDue: due }, openTask);
      if (!plan) continue;
      const [task] = await tx
        .insert(caseTasks)
        .values({
          caseId: c.id,
          title: REVIEW_TASK_TITLE,
          dueDate: plan.dueDate,
          priority: plan.priority,
          createdBy: c.ownerId,
          createdAt: at(r.on),
          updatedBy: c.ownerId,
          updatedAt: at(r.on),
        })
        .returning({ id: caseTasks.id });
      if (!task) throw new Error("task insert returned nothing");
      openTask = { dueDate: plan.dueDate };
      await tx.update(caseAssessments).set({ reviewTaskId: task.id }).where(eq(caseAssessments.id, row.id));
    }
  }
}
