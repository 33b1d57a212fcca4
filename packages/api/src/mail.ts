import type { SetPasswordPurpose } from "@kelias/db";
import { SET_PASSWORD_LINK_HOURS } from "@kelias/domain";
import nodemailer, { type Transporter } from "nodemailer";
import type { ApiEnv } from "./env";

export interface SetPasswordMail {
  to: string;
  name: string;
  link: string;
  purpose: SetPasswordPurpose;
}

/** The message: plain text, English and Lithuanian, since the office works in both. */
export function setPasswordMessage(mail: SetPasswordMail, from: string) {
  const en =
    mail.purpose === "invite"
      ? `Hello ${mail.name},\n\nan account has been opened for you in Kelias. Choose your password here:`
      : `Hello ${mail.name},\n\nyour Kelias password was reset. Choose a new password here:`;
  const lt =
    mail.purpose === "invite"
      ? `Sveiki, ${mail.name},\n\nKeliase jums sukurta paskyra. Slaptažodį pasirinkite čia:`
      : `Sveiki, ${mail.name},\n\njūsų Kelias slaptažodis atkurtas. Naują slaptažodį pasirinkite čia:`;
  const hours = SET_PASSWORD_LINK_HOURS;
  return {
    from,
    to: mail.to,
    subject:
      mail.purpose === "invite"
        ? "Kelias: your account / jūsų paskyra"
        : "Kelias: new password / naujas slaptažodis",
    text: `${en}\n\n${mail.link}\n\nThe link works once, for ${hours} hours.\n\n---\n\n${lt}\n\n${mail.link}\n\nNuoroda veikia vieną kartą, ${hours} val.\n`,
  };
}

/**
 * Sends a set-password link when an SMTP server is configured. Returns whether it was sent; a
 * failure to send is reported, not thrown: the admin still has the link to pass on.
 */
export async function sendSetPasswordMail(
  env: Pick<ApiEnv, "smtp">,
  mail: SetPasswordMail,
  make: (url: string) => Transporter = (url) => nodemailer.createTransport(url),
): Promise<"sent" | "failed" | "not_configured"> {
  if (!env.smtp) return "not_configured";
  try {
    await make(env.smtp.url).sendMail(setPasswordMessage(mail, env.smtp.from));
    return "sent";
  } catch (error) {
    console.error("Sending the set-password email failed:", error instanceof Error ? error.message : error);
    return "failed";
  }
}
