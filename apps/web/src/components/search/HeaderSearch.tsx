"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/** Whether a key press is typing into something (a field, an editor), where `/` is just a character. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.closest("[role=textbox], [role=combobox], [role=searchbox]") !== null
  );
}

/**
 * The global search box of the header: a plain GET form to the results page (`/search?q=`), sent
 * with Enter, so it works before the page is interactive; `/` anywhere outside a field brings the
 * focus to it. No button of its own: the header stays compact, and the pages' own "Search" buttons
 * stay the only ones.
 */
export function HeaderSearch({ defaultQuery = "" }: { defaultQuery?: string }) {
  const t = useTranslations("search");
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <search aria-label={t("landmark")}>
      <form method="get" action="/search" className="flex items-center gap-2">
        <label htmlFor="header-search" className="sr-only">
          {t("label")}
        </label>
        <input
          ref={input}
          id="header-search"
          name="q"
          type="search"
          required
          minLength={2}
          maxLength={200}
          defaultValue={defaultQuery}
          placeholder={t("placeholder")}
          aria-keyshortcuts="/"
          aria-describedby="header-search-hint"
          autoComplete="off"
          className="w-56 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
        />
        <span id="header-search-hint" className="sr-only">
          {t("shortcutHint")}
        </span>
      </form>
    </search>
  );
}
