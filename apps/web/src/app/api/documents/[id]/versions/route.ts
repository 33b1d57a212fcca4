import { replaceCaseDocument } from "@kelias/api/server";
import { receiveDocument } from "@/lib/document-upload";

/**
 * Multipart upload of a new version of a document: `file`, `version` (the version of the document
 * that was read), `expiresOn` (empty: none), an optional `description` and `idempotencyKey`. The
 * old version is kept in the document's history.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return receiveDocument(request, (ctx, { text, ...upload }) =>
    replaceCaseDocument(ctx, { documentId: id, version: Number(text("version")), ...upload }),
  );
}
