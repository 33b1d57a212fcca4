import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

/** The code an authenticator app would show now for this secret (RFC 6238, as the server uses it). */
export function totpCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate();
}

/**
 * A code the server has not accepted yet: a code is accepted once, so after `used` this waits for
 * the authenticator's next 30-second step.
 */
export async function nextTotpCode(secret: string, used: string): Promise<string> {
  let code = totpCode(secret);
  await expect
    .poll(
      () => {
        code = totpCode(secret);
        return code;
      },
      { timeout: 35_000, intervals: [1_000] },
    )
    .not.toBe(used);
  return code;
}

/**
 * Enrols on the page's enrolment form (account page or the sign-in step): reads the key shown for
 * typing in, confirms with the app's code, and collects the recovery codes.
 */
export async function enrolTotp(page: Page) {
  await page.getByRole("button", { name: "Show the QR code" }).click();
  await expect(page.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  const usedCode = totpCode(secret);
  await page.getByLabel("Code from the app").fill(usedCode);
  await page.getByRole("button", { name: "Turn on" }).click();
  const list = page.getByRole("list", { name: "Your recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const recoveryCodes = await list.getByRole("listitem").allTextContents();
  return { secret, usedCode, recoveryCodes };
}
