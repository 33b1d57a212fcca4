import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, navigate, signIn, signInElsewhere } from "./support";
import { enrolTotp, nextTotpCode } from "./totp";

// caseworker2 is used by other specs too: the test turns two-step verification off again at the end.
const EMAIL = "caseworker2@example.org";

async function signInWithCode(page: Page, code: string) {
  await expect(page.getByLabel("Verification code")).toBeVisible();
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

test("a user turns on two-step verification, signs in with a code, and manages their sessions", async ({
  page,
  browser,
}) => {
  // Waiting for a fresh code (a code is accepted only once) can take up to one 30-second step.
  test.setTimeout(150_000);
  await signIn(page, EMAIL);
  await expect(page).toHaveURL(/\/cases$/);
  await navigate(page, "Account security");
  await expect(page.getByRole("heading", { name: "Account security", level: 1 })).toBeVisible();
  await expect(page.getByText("Off: signing in asks only for your password.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Set up two-step verification" }).click();
  const { secret, usedCode, recoveryCodes } = await enrolTotp(page);
  await page.getByRole("button", { name: "I have saved these codes" }).click();
  await expect(page.getByText("On: signing in asks for a code from your authenticator app.")).toBeVisible();
  await expect(page.getByText("10 unused recovery codes left.")).toBeVisible();
  await expect(page.getByRole("cell", { name: /This session/ })).toBeVisible();
  await expectAccessible(page);

  // Signing in again: the password, then the code; a wrong code is refused.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, EMAIL);
  await signInWithCode(page, usedCode === "000000" ? "111111" : "000000");
  await expect(page.getByRole("alert").filter({ hasText: "The code is not correct" })).toBeVisible();
  await expectAccessible(page);
  await signInWithCode(page, await nextTotpCode(secret, usedCode));
  await expect(page).toHaveURL(/\/cases$/);

  // A second browser signs in with a recovery code, and is signed out from the first.
  const { context: other, page: otherPage } = await signInElsewhere(browser, EMAIL);
  await signInWithCode(otherPage, recoveryCodes[0] ?? "");
  await expect(otherPage).toHaveURL(/\/cases$/);

  await page.goto("/account");
  const sessions = page.getByRole("table", { name: "Where you are signed in" });
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await expect(page.getByText("9 unused recovery codes left.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out all other sessions" }).click();
  await expect(page.getByText("1 other session was signed out.")).toBeVisible();
  await expect(sessions.getByRole("row")).toHaveCount(2);
  await otherPage.goto("/cases");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();

  // Turned off again, with the password.
  await page.getByRole("button", { name: "Turn off two-step verification" }).click();
  await page.getByLabel("Your password").fill("demo-password");
  await page.getByRole("button", { name: "Turn off two-step verification" }).click();
  await expect(page.getByText("Off: signing in asks only for your password.")).toBeVisible();
});

test("pages carry a nonce-based CSP that forbids framing, and cross-site changes are refused", async ({
  page,
  request,
}) => {
  const response = await page.goto("/signin");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  // Served over plain HTTP here: no HSTS.
  expect(response?.headers()["strict-transport-security"]).toBeUndefined();

  const forged = await request.post("/api/trpc/account.session.signOutOthers", {
    headers: { origin: "https://attacker.example", "content-type": "application/json" },
    data: {},
  });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({ code: "FORBIDDEN", reason: "cross_site_request" });
  const upload = await request.post("/api/cases/00000000-0000-4000-8000-000000000000/documents", {
    headers: { "sec-fetch-site": "cross-site" },
    multipart: { file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("x") } },
  });
  expect(upload.status()).toBe(403);
  // The same request from the app's own origin reaches the API (which wants a signed-in user).
  const own = await request.post("/api/trpc/account.session.signOutOthers", {
    headers: { origin: new URL(page.url()).origin, "content-type": "application/json" },
    data: {},
  });
  expect(own.status()).toBe(401);
});
