import { createRequestContext, exportCases } from "@kelias/api/server";
import { CASE_FIGURE_FILTER_KEYS, type ExportColumn } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { fileResponse, vocabularyLabels } from "@/lib/export-response";
import { httpError } from "@/lib/http-errors";

const LIST_KEYS = ["format", "view", "programme", "state", "assigneeId"] as const;
const FLAGS: ReadonlySet<string> = new Set(["open", "overdue"]);

/**
 * A case list as CSV or XLSX, streamed: the list's filters and the chosen columns from the query
 * string; scope, field permissions and the audit are the API's.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const raw: Record<string, unknown> = { columns: (query.get("columns") ?? "").split(",").filter(Boolean) };
  for (const key of [...LIST_KEYS, "overdue", ...CASE_FIGURE_FILTER_KEYS]) {
    const value = query.get(key);
    if (value === null || value === "") continue;
    raw[key] = FLAGS.has(key) ? value === "true" : value;
  }
  try {
    const t = await getTranslations("exports");
    const vocabulary = await vocabularyLabels();
    const intake = await getTranslations("intake");
    const file = await exportCases(await createRequestContext(request.headers), raw, {
      ...vocabulary,
      column: (column: ExportColumn) => t(`column.${column}`),
      withheld: t("withheld"),
      referralSource: (source) => (source ? intake(`source.${source}`) : intake("notRecorded")),
      yes: t("yes"),
      no: t("no"),
    });
    return fileResponse(file);
  } catch (error) {
    return httpError(error);
  }
}
