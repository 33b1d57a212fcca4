import { authEnv, currentUser, DEMO_ACCOUNTS, DEMO_PASSWORD } from "@kelias/auth";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignedOutPage } from "@/components/account/SignedOutPage";
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
    <SignedOutPage title={t("signIn.title")} tagline>
      <SignInForm
        callbackPath={callbackPath}
        sessionEnded={params.reason === "session-ended"}
        demoAccounts={
          demo ? DEMO_ACCOUNTS.map((a) => ({ email: a.email, role: a.roles[0] ?? "caseworker" })) : []
        }
        demoPassword={demo ? DEMO_PASSWORD : null}
      />
    </SignedOutPage>
  );
}
