import { createRequestContext, exportCtdc } from "@kelias/api/server";
import { ctdcLabels, fileResponse } from "@/lib/export-response";
import { httpError } from "@/lib/http-errors";

/** The anonymised CTDC file (k = 11): counter-trafficking managers only; audited by the API. */
export async function GET(request: Request) {
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  try {
    return fileResponse(
      await exportCtdc(await createRequestContext(request.headers), format, await ctdcLabels()),
    );
  } catch (error) {
    return httpError(error);
  }
}
