import { randomUUID } from "node:crypto";
import {
  caseConsents,
  caseDocumentContents,
  caseDocuments,
  caseOriginHandoverFiles,
  caseOriginHandovers,
  people,
} from "@kelias/db";
import {
  buildHandoverPackage,
  can,
  checkHandoverConsent,
  checkHandoverDocuments,
  handoverCreateInput,
  handsOver,
  officeToday,
} from "@kelias/domain";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { authorize, deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { checklistOf } from "../../../case-record/consent-checklist";
import { apiEnv } from "../../../env";
import { writeOnce } from "../../../idempotency";
import { signHandover } from "../../../origin-handover/package";
import { HANDOVER_SECTIONS } from "../../../origin-handover/sections";
import { currentSigningKey } from "../../../origin-handover/signing-key";

/** Who hands over: the office, as the package names it. */
export const SENDING_OFFICE = "Kelias, country office in Lithuania";

/**
 * Hands an AVRR case over to the office in the person's country of origin: refused unless the
 * consent named is the person's valid consent to that sharing (a withdrawn one is refused with
 * `consent_withdrawn`), and each document chosen is a current one of the case that the actor may
 * read. Builds the package (the domain's rules decide what is shared), renders the PDF, signs both
 * files and records the handover with its digests, in one transaction; audited on the case.
 */
export const create = caseProcedure("case.update", handoverCreateInput).mutation(async ({ ctx, input }) => {
  const loaded = ctx.case;
  const { row, facts } = loaded;
  const target = caseTarget(row.id);
  if (!handsOver(row.programme)) return deny(ctx, ctx.action, "BAD_REQUEST", target, "handover_programme");
  await authorize(ctx, { kind: "case.handover", case: facts }, target);
  if (input.handedOverOn > officeToday(new Date()))
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "handover_in_future");

  const consents = await ctx.db.select().from(caseConsents).where(eq(caseConsents.caseId, row.id));
  const consent = checkHandoverConsent(
    consents.map((c) => ({ ...c, checklist: checklistOf(c) })),
    input.consentId,
    input.handedOverOn,
  );
  if (!consent.allowed) return deny(ctx, ctx.action, "BAD_REQUEST", target, consent.reason);

  const docs = await ctx.db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, row.id), isNull(caseDocuments.deletedAt)));
  const chosen = checkHandoverDocuments(
    input.documentIds,
    docs.map((d) => ({
      id: d.id,
      category: d.category,
      current: d.replacedAt === null,
      readable: can(ctx.user, { kind: "case.document.read", case: facts, category: d.category }),
    })),
  );
  if (!chosen.allowed) return deny(ctx, ctx.action, "BAD_REQUEST", target, chosen.reason);

  const key = currentSigningKey(apiEnv().handoverSigningKey);
  if (!key) return deny(ctx, ctx.action, "BAD_REQUEST", target, "signing_key_missing");
  const given = consents.find((c) => c.id === consent.consentId);

  return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
    const [person] = await tx.select().from(people).where(eq(people.id, row.personId)).limit(1);
    if (!person || !given) throw new Error(`case ${row.id} has no person or consent`);
    const sections = await Promise.all(HANDOVER_SECTIONS.map((load) => load(tx, loaded)));
    const included = chosen.documentIds.map((id) => docs.find((d) => d.id === id)).filter((d) => !!d);
    const contents =
      included.length === 0
        ? []
        : await tx
            .select()
            .from(caseDocumentContents)
            .where(
              inArray(
                caseDocumentContents.documentId,
                included.map((d) => d.id),
              ),
            );
    const id = randomUUID();
    const createdAt = new Date();
    const pkg = buildHandoverPackage({
      handoverId: id,
      createdAt: createdAt.toISOString(),
      handedOverOn: input.handedOverOn,
      office: { name: input.officeName, country: input.officeCountry, contact: input.officeContact },
      sendingOffice: SENDING_OFFICE,
      handedOverBy: ctx.user.name,
      consent: { id: given.id, givenOn: given.givenOn },
      case: {
        reference: row.reference,
        programme: row.programme,
        state: row.state,
        openedOn: row.openedAt.toISOString().slice(0, 10),
      },
      person,
      sections,
      documents: included.map((d) => ({
        id: d.id,
        fileName: d.fileName,
        category: d.category,
        mimeType: d.mimeType,
        sizeBytes: d.sizeBytes,
        sha256: d.sha256,
      })),
    });
    const files = included.map((d) => {
      const content = contents.find((c) => c.documentId === d.id)?.content;
      if (!content) throw new Error(`document ${d.id} has no content`);
      return { fileName: d.fileName, mimeType: d.mimeType, content, description: d.category };
    });
    const signed = await signHandover(pkg, files, key);
    await tx.insert(caseOriginHandovers).values({
      id,
      caseId: row.id,
      officeName: input.officeName,
      officeCountry: input.officeCountry,
      officeContact: input.officeContact,
      handedOverOn: input.handedOverOn,
      consentId: given.id,
      documentIds: chosen.documentIds,
      pdfSha256: signed.signature.pdfSha256,
      packageSha256: signed.signature.packageSha256,
      signature: signed.signature.value,
      keyFingerprint: key.fingerprint,
      createdBy: ctx.user.id,
      createdAt,
    });
    await tx.insert(caseOriginHandoverFiles).values({ handoverId: id, pdf: signed.pdf, json: signed.json });
    await recordAllowed(tx, ctx, "case.handover.create", target, {
      handoverId: id,
      consentId: given.id,
      officeCountry: input.officeCountry,
      documentIds: chosen.documentIds,
      pdfSha256: signed.signature.pdfSha256,
      packageSha256: signed.signature.packageSha256,
    });
    return { id, pdfSha256: signed.signature.pdfSha256, packageSha256: signed.signature.packageSha256 };
  });
});
