import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/people/person-form/PersonForm";
import { countryOptions } from "@/lib/countries";
import { languageOptions } from "@/lib/languages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("person"))("registerTitle") };
}

export default async function RegisterPersonPage() {
  const t = await getTranslations("person");
  const locale = await getLocale();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("registerTitle")}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("registerIntro")}</p>
      <PersonForm countries={countryOptions(locale)} languages={languageOptions(locale)} />
    </>
  );
}
