import { getTranslations } from "next-intl/server";
import { QueryField, queryButton } from "@/components/ui/QueryField";

/**
 * Opens a case by its exact reference: the way to a restricted case, which no list shows. A plain
 * GET form, so it works before the page is interactive; the page it goes to checks access.
 */
export async function CaseReferenceForm({ value = "", error }: { value?: string; error?: string | null }) {
  const t = await getTranslations("cases.openByReference");
  return (
    <form
      method="get"
      action="/cases/open"
      className="flex flex-wrap items-end gap-3"
      aria-label={t("title")}
    >
      <QueryField id="case-reference" label={t("label")}>
        <input
          id="case-reference"
          name="reference"
          defaultValue={value}
          required
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="case-reference-hint"
          aria-invalid={error ? true : undefined}
          aria-errormessage={error ? "case-reference-error" : undefined}
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </QueryField>
      <button type="submit" className={queryButton}>
        {t("submit")}
      </button>
      <p id="case-reference-hint" className="w-full text-sm text-slate-600 dark:text-slate-400">
        {t("hint")}
      </p>
      {error ? (
        <p id="case-reference-error" role="alert" className="w-full text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </form>
  );
}
