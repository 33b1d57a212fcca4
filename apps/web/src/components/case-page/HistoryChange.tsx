import { useTranslations } from "next-intl";
import { historyValue } from "./history-values";

export type ShownChange =
  | { field: string; withheld: true }
  | { field: string; withheld: false; oldValue: unknown; newValue: unknown };

/**
 * One changed field: its name and its value before and after, or a note that the values are
 * withheld (the reader may not see the field's current value either).
 */
export function HistoryChange({ change }: { change: ShownChange }) {
  const t = useTranslations("casePage.history");
  const key = `fields.${change.field}`;
  const field = t.has(key) ? t(key as "fields.content") : change.field;
  if (change.withheld) {
    return (
      <span>
        {field}: <span className="italic">{t("withheld")}</span>
      </span>
    );
  }
  const words = { empty: t("empty"), yes: t("yes"), no: t("no") };
  return (
    <span>
      {field}: <span className="sr-only">{t("before")} </span>
      <del className="whitespace-pre-line text-slate-700 dark:text-slate-300">
        {historyValue(change.oldValue, words)}
      </del>{" "}
      <span aria-hidden="true">→</span> <span className="sr-only">{t("after")} </span>
      <ins className="whitespace-pre-line font-medium no-underline">
        {historyValue(change.newValue, words)}
      </ins>
    </span>
  );
}
