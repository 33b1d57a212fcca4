"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("genericTitle")}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t("genericBody")}</p>
      <Button className="mt-6" onPress={reset}>
        {t("retry")}
      </Button>
    </main>
  );
}
