import { createRequestContext, exportAuditCsv } from "@kelias/api/server";
import { auditFiltersFromParams } from "@/lib/audit-search-params";
import { httpError } from "@/lib/http-errors";

/** The audit-log search of the address as a CSV file, streamed; administrators only, and audited. */
export async function GET(request: Request) {
  try {
    const ctx = await createRequestContext(request.headers);
    const filters = auditFiltersFromParams(new URL(request.url).searchParams);
    const csv = await exportAuditCsv(ctx, filters);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="audit-log-${day}.csv"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return httpError(error);
  }
}
