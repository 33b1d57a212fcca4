import { authEnv, currentUser, DEMO_ACCOUNTS, DEMO_PASSWORD } from "@kelias/auth";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { SignInForm } from "./SignInForm";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackPath);
  const t = await getTranslations();
  const demo = authEnv().demoMode;
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="text-lg font-semibold text-brand-700 dark:text-brand-300">{t("app.name")}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("app.tagline")}</p>
      <h1 className="mt-8 text-2xl font-semibold">{t("signIn.title")}</h1>
      <SignInForm
        callbackPath={callbackPath}
        sessionEnded={params.reason === "session-ended"}
        demoAccounts={
          demo ? DEMO_ACCOUNTS.map((a) => ({ email: a.email, role: a.roles[0] ?? "caseworker" })) : []
        }
        demoPassword={demo ? DEMO_PASSWORD : null}
      />
    </main>
  );
}
