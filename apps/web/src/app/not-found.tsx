import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t("notFoundBody")}</p>
      <p className="mt-6">
        <Link className="text-brand-700 underline dark:text-brand-300" href="/cases">
          {t("backToCases")}
        </Link>
      </p>
    </main>
  );
}
