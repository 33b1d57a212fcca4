"use client";

import { clsx } from "clsx";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { RecordLink } from "@/components/RecordLink";
import { caseTabHref, tabOfPath, tabsOf } from "./tabs";

/**
 * The case's sections as links, one URL each (back and forward work, a tab can be shared); the
 * current one is marked with aria-current. Links, not ARIA tabs: each opens a page.
 */
export function CaseTabs({ caseId, programme }: { caseId: string; programme: string }) {
  const t = useTranslations("casePage");
  const current = tabOfPath(usePathname(), caseId);
  return (
    <nav aria-label={t("tabsLabel")} className="mt-4 border-b border-slate-200 dark:border-slate-700">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {tabsOf(programme).map((tab) => {
          const active = tab === current;
          return (
            <li key={tab}>
              <RecordLink
                href={caseTabHref(caseId, tab)}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "inline-block rounded-t-md border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
                  active
                    ? "border-brand-700 text-brand-800 dark:border-brand-300 dark:text-brand-200"
                    : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900 dark:text-slate-300 dark:hover:text-slate-100",
                )}
              >
                {t(`tabs.${tab}`)}
              </RecordLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
