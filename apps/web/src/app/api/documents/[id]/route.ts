import { createRequestContext, readCaseDocument } from "@kelias/api/server";
import { httpError } from "@/lib/http-errors";

/** Downloads a document after the access check of its case; always as an attachment, never rendered. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The id is checked by readCaseDocument: one that is not a uuid names no document (404).
  try {
    const ctx = await createRequestContext(request.headers);
    const doc = await readCaseDocument(ctx, id);
    return new Response(Buffer.from(doc.content), {
      headers: {
        "Content-Type": doc.mimeType,
        "Content-Length": String(doc.content.byteLength),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return httpError(error);
  }
}
