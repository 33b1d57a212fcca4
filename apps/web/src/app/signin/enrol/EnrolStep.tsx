"use client";

import { getSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { MfaEnrolment } from "@/components/account/MfaEnrolment";

export function EnrolStep({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("signIn");
  return (
    <MfaEnrolment
      doneLabel={t("enrolContinue")}
      onDone={async () => {
        // Fetching the session re-issues the session cookie without the "enrolment due" mark.
        await getSession();
        window.location.assign(callbackPath);
      }}
    />
  );
}
