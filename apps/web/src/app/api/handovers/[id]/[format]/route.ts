import { createRequestContext, readHandoverFile } from "@kelias/api/server";
import { httpError } from "@/lib/http-errors";

/**
 * A handover's signed PDF or JSON (`/api/handovers/<id>/pdf|json`), exactly as signed, after the
 * access check of its case and its documents; audited by the API. Always an attachment.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  try {
    const ctx = await createRequestContext(request.headers);
    const file = await readHandoverFile(ctx, { handoverId: id, format });
    return new Response(Buffer.from(file.content), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.content.byteLength),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return httpError(error);
  }
}
