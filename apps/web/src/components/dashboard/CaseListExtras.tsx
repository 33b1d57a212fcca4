import { type CaseFigureFilter, figureFilterFromQuery, figureFilterToQuery } from "@kelias/domain";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ExportCasesForm } from "./ExportCasesForm";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The figure filters (and one person's caseload) of a case-list URL, and the same as query pairs. */
export function listFiltersFrom(query: (key: string) => string | undefined): {
  filter: CaseFigureFilter & { assigneeId?: string };
  query: [string, string][];
} {
  const figure = figureFilterFromQuery(query);
  const requested = query("assigneeId");
  const assigneeId = requested && UUID.test(requested) ? requested : undefined;
  return {
    filter: { ...figure, ...(assigneeId ? { assigneeId } : {}) },
    query: [
      ...(assigneeId ? [["assigneeId", assigneeId] as [string, string]] : []),
      ...figureFilterToQuery(figure),
    ],
  };
}

/**
 * Under the case list's filters: a note when the list is a dashboard figure's (with a way back to
 * the whole list), and the export of the list as it is filtered.
 */
export async function CaseListExtras({
  basePath,
  active,
  filters,
}: {
  basePath: string;
  active: boolean;
  filters: [string, string][];
}) {
  const e = await getTranslations("exports");
  return (
    <>
      {active ? (
        <p className="mt-3 text-sm" role="status">
          {e("figureFilterActive")}{" "}
          <Link href={basePath} className="text-brand-700 underline dark:text-brand-300">
            {e("clearFigureFilter")}
          </Link>
        </p>
      ) : null}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-300">
          {e("exportList")}
        </summary>
        <ExportCasesForm filters={filters} />
      </details>
    </>
  );
}
