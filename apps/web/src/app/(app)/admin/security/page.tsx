import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SecuritySettingsForm } from "@/components/security/SecuritySettingsForm";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

/** The office's sign-in settings: session timeouts and who must use a second factor. */
export default async function SecuritySettingsPage() {
  const t = await getTranslations("security");
  const settings = await orPageError((await api()).security.settings.get());
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
        <SecuritySettingsForm settings={settings} />
      </div>
    </>
  );
}
