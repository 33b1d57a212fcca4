"use client";

import { useTranslations } from "next-intl";

/** The recovery codes, shown once right after they are made. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("account.mfa");
  return (
    <section
      aria-labelledby="recovery-codes"
      className="rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
    >
      <h3 id="recovery-codes" className="text-base font-semibold">
        {t("recoveryTitle")}
      </h3>
      <p className="mt-1 text-sm">{t("recoveryIntro")}</p>
      <ul
        aria-label={t("recoveryTitle")}
        className="mt-3 grid grid-cols-2 gap-2 font-mono text-sm sm:grid-cols-5"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
