import { apiEnv } from "../env";
import { type SetPasswordMail, sendSetPasswordMail } from "../mail";
import { setPasswordPath } from "../set-password";

/**
 * Whether a set-password link is shown to the administrator who asks for it: only when no mail
 * server is configured. A configured one carries the link alone, even when sending fails (the admin
 * then issues a new one), so an administrator never holds another account's way in.
 */
export function linkShownToAdmin(): boolean {
  return apiEnv().smtp === null;
}

/** Emails the link when a mail server is configured; returns it (to show) only when none is. */
export async function deliverLink(
  issued: { id: string; version: number; token: string; expiresAt: Date },
  mail: Pick<SetPasswordMail, "to" | "name" | "purpose">,
  shown: boolean,
) {
  const path = setPasswordPath(issued.token);
  const sent = await sendSetPasswordMail(apiEnv(), { ...mail, link: `${apiEnv().appUrl}${path}` });
  return {
    id: issued.id,
    version: issued.version,
    /** The link to pass on; null when it went by email only. */
    path: shown ? path : null,
    expiresAt: issued.expiresAt,
    mail: sent,
    /** The account waits for a second administrator's confirmation before it touches a case. */
    handoverPending: shown,
  };
}
