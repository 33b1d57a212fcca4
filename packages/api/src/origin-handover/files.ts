import { appendAudit, caseDocuments, caseOriginHandoverFiles, caseOriginHandovers } from "@kelias/db";
import { can, handoverFileInput } from "@kelias/domain";
import { eq, inArray } from "drizzle-orm";
import { deny } from "../authorize";
import { requireCase } from "../case-access";
import type { Context } from "../context";
import { authed } from "../documents";
import { apiEnv } from "../env";
import { currentSigningKey } from "./signing-key";

/**
 * A handover's signed PDF or JSON, exactly as signed, for the download route: whoever reads the
 * case and every document the package includes (a package with a document they may not read is
 * FORBIDDEN `document_withheld`, as the document itself would be); audited on the case.
 */
export async function readHandoverFile(
  context: Context,
  raw: { handoverId: string; format: string },
): Promise<{ fileName: string; mimeType: string; content: Uint8Array }> {
  const ctx = await authed(context, "case.handover.download");
  const input = handoverFileInput.safeParse(raw);
  const [handover] = input.success
    ? await ctx.db
        .select()
        .from(caseOriginHandovers)
        .where(eq(caseOriginHandovers.id, input.data.handoverId))
        .limit(1)
    : [];
  if (!input.success || !handover) {
    const entityId = input.success ? input.data.handoverId : null;
    return deny(ctx, "case.handover.download", "NOT_FOUND", { entityType: "handover", entityId });
  }
  const { row, facts } = await requireCase(
    { ...ctx, action: "case.handover.download" },
    handover.caseId,
    "case.read",
  );
  const target = { entityType: "case", entityId: row.id };
  const docs =
    handover.documentIds.length === 0
      ? []
      : await ctx.db
          .select({ category: caseDocuments.category })
          .from(caseDocuments)
          .where(inArray(caseDocuments.id, handover.documentIds));
  if (docs.some((d) => !can(ctx.user, { kind: "case.document.read", case: facts, category: d.category }))) {
    return deny(ctx, "case.handover.download", "FORBIDDEN", target, "document_withheld");
  }
  const [files] = await ctx.db
    .select()
    .from(caseOriginHandoverFiles)
    .where(eq(caseOriginHandoverFiles.handoverId, handover.id))
    .limit(1);
  if (!files) throw new Error(`handover ${handover.id} has no files`);
  const format = input.data.format;
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action: "case.handover.download",
    outcome: "allowed",
    ...target,
    ip: ctx.ip,
    detail: { handoverId: handover.id, format },
  });
  const base = `handover-${row.reference}-${handover.handedOverOn}`;
  return format === "pdf"
    ? { fileName: `${base}.pdf`, mimeType: "application/pdf", content: files.pdf }
    : { fileName: `${base}.json`, mimeType: "application/json", content: files.json };
}

/**
 * The public key receiving offices verify packages with (PEM), and its fingerprint: public, but
 * served to signed-in users only like the rest of the app; null when no key is configured.
 */
export function handoverPublicKey(): { pem: string; fingerprint: string } | null {
  const key = currentSigningKey(apiEnv().handoverSigningKey);
  return key ? { pem: key.publicKeyPem, fingerprint: key.fingerprint } : null;
}
