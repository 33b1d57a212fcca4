import { currentSession } from "@kelias/auth";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignedOutPage } from "@/components/account/SignedOutPage";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { EnrolStep } from "./EnrolStep";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("enrolTitle") };
}

/**
 * The step after the password for a user who must have a second factor and has none yet: nothing
 * else in the app opens until it is done (see proxy.ts and the account router).
 */
export default async function EnrolPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  const session = await currentSession();
  if (!session.pendingEnrolment) redirect(session.user ? callbackPath : "/signin");
  const t = await getTranslations();
  return (
    <SignedOutPage title={t("signIn.enrolTitle")} wide>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("signIn.enrolIntro")}</p>
      <div className="mt-6">
        <EnrolStep callbackPath={callbackPath} />
      </div>
    </SignedOutPage>
  );
}
