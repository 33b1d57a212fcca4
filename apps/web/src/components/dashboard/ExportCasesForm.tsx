import { DEFAULT_EXPORT_COLUMNS, EXPORT_COLUMN_NAMES, EXPORT_COLUMNS } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { QuerySelect } from "@/components/ui/QueryField";
import { ExportColumnsField } from "./ExportColumnsField";

/**
 * Downloads the case list as CSV or XLSX with the chosen columns. The list's current filters ride
 * along as hidden fields; the server applies the scope and withholds what the reader may not see.
 */
export async function ExportCasesForm({ filters }: { filters: [string, string][] }) {
  const e = await getTranslations("exports");
  const columns = EXPORT_COLUMN_NAMES.map((name) => ({
    name,
    label: e(`column.${name}`),
    sensitive: EXPORT_COLUMNS[name] !== null,
  }));
  return (
    <form method="get" action="/api/exports/cases" className="mt-3 flex flex-col gap-3 print:hidden">
      {filters.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <ExportColumnsField
        legend={e("columns")}
        sensitiveHint={e("sensitiveHint")}
        columns={columns}
        initial={DEFAULT_EXPORT_COLUMNS}
      />
      <div className="flex flex-wrap items-end gap-3">
        <QuerySelect
          id="export-format"
          name="format"
          label={e("format")}
          defaultValue="xlsx"
          options={[
            { value: "xlsx", label: e("xlsx") },
            { value: "csv", label: e("csv") },
          ]}
        />
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:bg-brand-500 dark:text-slate-950"
        >
          {e("download")}
        </button>
      </div>
    </form>
  );
}
