"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";

export interface IssuedLink {
  name: string;
  /** Null when the link went by email only (a mail server is configured). */
  path: string | null;
  expiresAt: Date;
  mail: "sent" | "failed" | "not_configured";
  /** The admin saw the link: the account waits for a second administrator's confirmation. */
  handoverPending: boolean;
}

const MAIL_MESSAGE = { sent: "mailSent", failed: "mailFailed", not_configured: "mailNotConfigured" } as const;

/**
 * The one-time set-password link, shown once to the admin who created the account or reset the
 * password when no mail server is configured: it is not stored, so it cannot be shown again (a new
 * reset issues a new one). With a mail server, only that it was sent (or failed) is said.
 */
export function SetPasswordLinkNotice({ link }: { link: IssuedLink }) {
  const t = useTranslations("users.create");
  const format = useFormatter();
  const expires = format.dateTime(link.expiresAt, { dateStyle: "medium", timeStyle: "short" });
  if (link.path === null) {
    return (
      <p
        role="status"
        className="rounded-md border border-brand-300 bg-brand-50 p-3 text-sm dark:border-brand-700 dark:bg-slate-800"
      >
        {link.mail === "sent"
          ? t("linkEmailed", { name: link.name, expires })
          : t("linkEmailFailed", { name: link.name })}
      </p>
    );
  }
  return <ShownLink link={{ ...link, path: link.path }} expires={expires} />;
}

function ShownLink({ link, expires }: { link: IssuedLink & { path: string }; expires: string }) {
  const t = useTranslations("users.create");
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${link.path}`;
  return (
    <div
      role="status"
      className="rounded-md border border-brand-300 bg-brand-50 p-3 text-sm dark:border-brand-700 dark:bg-slate-800"
    >
      <p className="font-medium">{t("linkTitle", { name: link.name })}</p>
      <p className="mt-1">
        {t("linkIntro", { expires })} {t(MAIL_MESSAGE[link.mail])}
      </p>
      {link.handoverPending ? <p className="mt-1 font-medium">{t("handoverNotice")}</p> : null}
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
