import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseList } from "@/components/cases/CaseList";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("allTitle") };
}

export default async function AllCasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("cases");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("allTitle")}</h1>
      <CaseList view="all" basePath="/cases/all" searchParams={await searchParams} />
    </>
  );
}
