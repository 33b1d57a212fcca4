import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

export interface HistoryEntry {
  id: number;
  version: number;
  changedAt: Date;
  changedByName: string | null;
}

/** A reference record's versions, newest first: who changed it, when, and what it looked like. */
export async function ReferenceHistory<T extends HistoryEntry>({
  id,
  entries,
  describe,
  collapsed = false,
}: {
  id: string;
  entries: T[];
  describe: (entry: T) => ReactNode;
  /** Folded away behind a summary, for pages where the records themselves come first. */
  collapsed?: boolean;
}) {
  const t = await getTranslations("reference");
  const format = await getFormatter();
  const list = (
    <ol className="mt-3 flex flex-col gap-2">
      {entries.map((entry) => {
        const at = format.dateTime(entry.changedAt, { dateStyle: "medium", timeStyle: "short" });
        return (
          <li
            key={entry.id}
            className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <p className="font-medium">
              {t("version", { version: entry.version })} ·{" "}
              {entry.changedByName
                ? t("changedBy", { name: entry.changedByName, at })
                : t("changedBySystem", { at })}
            </p>
            <div className="mt-1">{describe(entry)}</div>
          </li>
        );
      })}
    </ol>
  );
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {t("historyTitle")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm">{t("historyNone")}</p>
      ) : collapsed ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-700 underline dark:text-brand-300">
            {t("historyShow", { count: entries.length })}
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
