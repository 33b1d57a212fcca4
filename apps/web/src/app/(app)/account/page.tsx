import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";
import { MfaSettings } from "@/components/account/MfaSettings";
import { SessionList } from "@/components/account/SessionList";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

const panel = "rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900";

/** The signed-in user's own sign-in security. */
export default async function AccountPage() {
  const t = await getTranslations("account");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <section aria-labelledby="account-mfa" className={panel}>
        <h2 id="account-mfa" className="mb-3 text-lg font-semibold">
          {t("mfa.title")}
        </h2>
        <MfaSettings />
      </section>
      <section aria-labelledby="account-sessions" className={panel}>
        <h2 id="account-sessions" className="mb-3 text-lg font-semibold">
          {t("sessions.title")}
        </h2>
        <SessionList />
      </section>
      <section aria-labelledby="account-password" className={panel}>
        <h2 id="account-password" className="mb-3 text-lg font-semibold">
          {t("password.title")}
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
