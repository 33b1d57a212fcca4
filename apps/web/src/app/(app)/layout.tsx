import { authEnv, currentUser } from "@kelias/auth";
import { can } from "@kelias/domain";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { HeaderSearch } from "@/components/search/HeaderSearch";
import { AppHeader } from "@/components/shell/AppHeader";
import { NavLinks } from "@/components/shell/NavLinks";
import { navigationFor } from "@/components/shell/navigation";
import { LanguageSelect, SignOutButton, ThemeSelect } from "@/components/shell/Preferences";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  // A token that no longer matches an active user (deactivated, access changed) ends the session here.
  if (!user) redirect("/signin?reason=session-ended");
  const t = await getTranslations();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800"
      >
        {t("shell.skipToContent")}
      </a>
      {authEnv().demoMode ? (
        <p className="bg-amber-100 px-4 py-1 text-center text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
          {t("shell.demoBanner")}
        </p>
      ) : null}
      <AppHeader
        brand={<p>{t("app.name")}</p>}
        search={can(user, { kind: "search.run" }) ? <HeaderSearch /> : undefined}
        navigation={
          <nav aria-label={t("shell.mainNavigation")}>
            <NavLinks items={navigationFor(user)} />
          </nav>
        }
        account={
          <div className="flex flex-wrap items-end gap-3">
            <p className="w-full pb-2 text-sm text-slate-700 md:w-auto dark:text-slate-300">
              {t("shell.signedInAs", { name: user.name })}
              <span className="text-slate-500 dark:text-slate-400">
                {" "}
                ({user.roles.map((r) => t(`roles.${r}`)).join(", ")})
              </span>
            </p>
            <LanguageSelect />
            <ThemeSelect />
            <SignOutButton />
          </div>
        }
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8">
        {user.handoverPending ? (
          <p
            role="status"
            className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
          >
            {t("shell.handoverPendingBanner")}
          </p>
        ) : null}
        {children}
      </main>
    </>
  );
}
