"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";

export interface IssuedLink {
  name: string;
  path: string;
  expiresAt: Date;
  mail: "sent" | "failed" | "not_configured";
}

const MAIL_MESSAGE = { sent: "mailSent", failed: "mailFailed", not_configured: "mailNotConfigured" } as const;

/**
 * The one-time set-password link, shown once to the admin who created the account or reset the
 * password: it is not stored, so it cannot be shown again (a new reset issues a new one).
 */
export function SetPasswordLinkNotice({ link }: { link: IssuedLink }) {
  const t = useTranslations("users.create");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${link.path}`;
  return (
    <div
      role="status"
      className="rounded-md border border-brand-300 bg-brand-50 p-3 text-sm dark:border-brand-700 dark:bg-slate-800"
    >
      <p className="font-medium">{t("linkTitle", { name: link.name })}</p>
      <p className="mt-1">
        {t("linkIntro", {
          expires: format.dateTime(link.expiresAt, { dateStyle: "medium", timeStyle: "short" }),
        })}{" "}
        {t(MAIL_MESSAGE[link.mail])}
      </p>
      <p className="mt-2 break-all font-mono" data-testid="set-password-link">
        {url}
      </p>
      <div className="mt-2 flex items-center gap-3">
        <Button
          variant="secondary"
          className="px-3 py-1"
          onPress={() => {
            void navigator.clipboard.writeText(url).then(() => setCopied(true));
          }}
        >
          {t("copy")}
        </Button>
        {copied ? <span>{t("copied")}</span> : null}
      </div>
    </div>
  );
}
