import { caseConsents, caseOriginHandovers, users } from "@kelias/db";
import { handoverConsents } from "@kelias/domain";
import { desc, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { checklistOf } from "../../../case-record/consent-checklist";

/**
 * The case's handovers, newest first (office, date, consent, who, digests, how many documents),
 * and the consents a new handover may rest on: whoever reads the case; audited as a read.
 */
export const list = caseProcedure("case.read").query(async ({ ctx }) => {
  const caseId = ctx.case.row.id;
  const [rows, consents] = await Promise.all([
    ctx.db
      .select({ handover: caseOriginHandovers, byName: users.name })
      .from(caseOriginHandovers)
      .innerJoin(users, eq(users.id, caseOriginHandovers.createdBy))
      .where(eq(caseOriginHandovers.caseId, caseId))
      .orderBy(desc(caseOriginHandovers.createdAt)),
    ctx.db.select().from(caseConsents).where(eq(caseConsents.caseId, caseId)),
  ]);
  await recordAllowed(ctx.db, ctx, "case.handover.list", caseTarget(caseId), {});
  return {
    handovers: rows.map(({ handover: h, byName }) => ({
      id: h.id,
      officeName: h.officeName,
      officeCountry: h.officeCountry,
      officeContact: h.officeContact,
      handedOverOn: h.handedOverOn,
      consentId: h.consentId,
      documentCount: h.documentIds.length,
      pdfSha256: h.pdfSha256,
      packageSha256: h.packageSha256,
      keyFingerprint: h.keyFingerprint,
      handedOverByName: byName,
      createdAt: h.createdAt,
    })),
    consents: handoverConsents(consents.map((c) => ({ ...c, checklist: checklistOf(c) }))).map((c) => ({
      id: c.id,
      givenOn: c.givenOn,
    })),
  };
});
