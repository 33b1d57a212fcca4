import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

interface Props {
  /** The page's heading. */
  title: string;
  /** Under the app's name, what it is for (the sign-in page says it). */
  tagline?: boolean;
  /** For a page with more to show (the enrolment's QR code). */
  wide?: boolean;
  children: ReactNode;
}

/** The frame of the pages before one is signed in: the app's name, the page's heading, its content. */
export async function SignedOutPage({ title, tagline = false, wide = false, children }: Props) {
  const t = await getTranslations("app");
  return (
    <main
      id="main"
      className={`mx-auto flex min-h-screen ${wide ? "max-w-lg" : "max-w-md"} flex-col justify-center px-6 py-12`}
    >
      <p className="text-lg font-semibold text-brand-700 dark:text-brand-300">{t("name")}</p>
      {tagline ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("tagline")}</p> : null}
      <h1 className="mt-8 text-2xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
