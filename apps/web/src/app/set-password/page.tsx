import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignedOutPage } from "@/components/account/SignedOutPage";
import { SetPasswordForm } from "./SetPasswordForm";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: no referrer may carry it to another site.
  return { title: (await getTranslations("setPassword"))("title"), referrer: "no-referrer" };
}

/** The public page of a one-time set-password link (new account, or a password an admin reset). */
export default async function SetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const t = await getTranslations();
  return (
    <SignedOutPage title={t("setPassword.title")}>
      {token ? (
        <>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("setPassword.intro")}</p>
          <SetPasswordForm token={token} />
        </>
      ) : (
        <p className="mt-2 text-sm">{t("setPassword.noToken")}</p>
      )}
      <p className="mt-6 text-sm">
        <Link className="font-medium text-brand-700 underline dark:text-brand-300" href="/signin">
          {t("setPassword.signIn")}
        </Link>
      </p>
    </SignedOutPage>
  );
}
