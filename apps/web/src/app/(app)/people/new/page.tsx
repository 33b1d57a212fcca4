import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { countryOptions } from "@/lib/countries";
import { RegisterPersonForm } from "./RegisterPersonForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("person"))("registerTitle") };
}

export default async function RegisterPersonPage() {
  const t = await getTranslations("person");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("registerTitle")}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("registerIntro")}</p>
      <RegisterPersonForm countries={countryOptions(await getLocale())} />
    </>
  );
}
