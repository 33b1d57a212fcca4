import { uploadCaseDocument } from "@kelias/api/server";
import type { DocumentCategory } from "@kelias/domain";
import { receiveDocument } from "@/lib/document-upload";

/**
 * Multipart upload of one file to a case: `file`, `category`, `expiresOn` (empty: none), an
 * optional `description` and `idempotencyKey`.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return receiveDocument(request, (ctx, { text, ...upload }) =>
    uploadCaseDocument(ctx, { caseId: id, ...upload, category: text("category") as DocumentCategory }),
  );
}
