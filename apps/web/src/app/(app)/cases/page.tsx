import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseList } from "@/components/cases/CaseList";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("myTitle") };
}

export default async function MyCasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("cases");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("myTitle")}</h1>
      <CaseList view="mine" basePath="/cases" searchParams={await searchParams} />
    </>
  );
}
