"use client";

import { clsx } from "clsx";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";

interface Props {
  /** The app's name, first in the header. */
  brand: ReactNode;
  /** A control beside the name, shown at every width (a search box). */
  search?: ReactNode;
  /** The main navigation, and the account's controls (who is signed in, language, theme, sign out). */
  navigation: ReactNode;
  account: ReactNode;
}

/**
 * The header of every signed-in page. On a narrow screen the navigation and the account's controls
 * fold behind a menu button (a disclosure: Enter or Space opens it, Escape closes it and returns to
 * the button, and following a link closes it), so the page's content starts near the top.
 */
export function AppHeader({ brand, search, navigation, account }: Props) {
  const t = useTranslations("a11y.menu");
  const pathname = usePathname();
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // The page the menu was opened on: going to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const close = () => setOpenOn(null);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the header closes its menu.
    <header
      className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
      onKeyDown={(event) => {
        // A list that closes on Escape (a select's options) has handled it already.
        if (event.key !== "Escape" || !open || event.defaultPrevented) return;
        close();
        button.current?.focus();
      }}
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <div className="text-lg font-semibold text-brand-700 dark:text-brand-300">{brand}</div>
        {search ? <div className="min-w-0 flex-1 md:flex-none">{search}</div> : null}
        <Button
          ref={button}
          variant="secondary"
          className="ml-auto md:hidden"
          aria-expanded={open}
          aria-controls={menuId}
          onPress={() => setOpenOn(open ? null : pathname)}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-none stroke-current stroke-2">
            {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
          </svg>
          {t("button")}
        </Button>
        {/* Following a link of the menu (even to this page) closes it. */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: only notices a link followed inside. */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: a link followed with the keyboard clicks too. */}
        <div
          id={menuId}
          className={clsx(
            open ? "flex" : "hidden",
            "w-full flex-col gap-4 md:flex md:w-auto md:flex-1 md:flex-row md:flex-wrap md:items-end md:justify-between",
          )}
          onClick={(event) => {
            if ((event.target as Element).closest("a")) close();
          }}
        >
          {navigation}
          {account}
        </div>
      </div>
    </header>
  );
}
