import { currentUser } from "@kelias/auth";
import { can } from "@kelias/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";
import { MfaSettings } from "@/components/account/MfaSettings";
import { SessionList } from "@/components/account/SessionList";
import { CalendarFeed } from "@/components/my-day/CalendarFeed";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** One part of the account page, named by its heading. */
function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The signed-in user's own sign-in security, and their private calendar subscription. */
export default async function AccountPage() {
  const t = await getTranslations("account");
  const tDay = await getTranslations("myDay");
  const user = await currentUser();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <Panel id="account-mfa" title={t("mfa.title")}>
        <MfaSettings />
      </Panel>
      <Panel id="account-sessions" title={t("sessions.title")}>
        <SessionList />
      </Panel>
      <Panel id="account-password" title={t("password.title")}>
        <ChangePasswordForm />
      </Panel>
      {user && can(user, { kind: "calendar.read" }) ? (
        <Panel id="account-calendar" title={tDay("feed.title")}>
          <CalendarFeed />
        </Panel>
      ) : null}
    </div>
  );
}
