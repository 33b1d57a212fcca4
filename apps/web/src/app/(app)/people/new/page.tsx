import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LIVE_DUPLICATES_SLOT } from "@/components/people/LiveDuplicates";
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
      {/* The live duplicate check is shown beside the form, in the slot after it. */}
      <div className="lg:grid lg:grid-cols-[minmax(0,42rem)_minmax(16rem,22rem)] lg:items-start lg:gap-8">
        <PersonForm countries={countryOptions(locale)} languages={languageOptions(locale)} />
        <div id={LIVE_DUPLICATES_SLOT} className="mt-6 lg:sticky lg:top-4" />
      </div>
    </>
  );
}
