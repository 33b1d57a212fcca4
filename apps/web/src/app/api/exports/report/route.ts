import { createRequestContext, exportPeriodReport } from "@kelias/api/server";
import { getTranslations } from "next-intl/server";
import { figureLabels, fileResponse, vocabularyLabels } from "@/lib/export-response";
import { httpError } from "@/lib/http-errors";

/** The period report (the dashboard's figures) as XLSX, for donors; audited by the API. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const from = query.get("from");
  const to = query.get("to");
  const programme = query.get("programme");
  const raw = {
    ...(programme ? { programme } : {}),
    ...(from && to ? { period: { from, to } } : {}),
  };
  try {
    const t = await getTranslations("reports.sheet");
    const file = await exportPeriodReport(await createRequestContext(request.headers), raw, {
      ...(await vocabularyLabels()),
      ...(await figureLabels()),
      text: (key: string) => t(key as "item"),
    });
    return fileResponse(file);
  } catch (error) {
    return httpError(error);
  }
}
