"use server";

import { createRequestContext, setPasswordWithToken } from "@kelias/api/server";
import { headers } from "next/headers";

/**
 * Sets the password of the account a one-time link belongs to. The link's token travels in the
 * request body, never in a URL the server logs. Next checks that the call comes from this app.
 */
export async function setPasswordAction(token: string, password: string) {
  const { db, ip } = await createRequestContext(await headers());
  const result = await setPasswordWithToken(db, { token: String(token), password: String(password) }, { ip });
  return result.ok
    ? { ok: true as const }
    : { ok: false as const, reason: result.reason, field: result.field };
}
