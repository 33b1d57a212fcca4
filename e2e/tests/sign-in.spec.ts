import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

test("a signed-out visit to any page is sent to sign-in and comes back after it", async ({ page }) => {
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcases$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Email").fill("caseworker@example.org");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
});

test("a wrong password shows an error and does not sign in", async ({ page }) => {
  await signIn(page, "caseworker@example.org", "not-the-password");
  await expect(
    page.getByRole("alert").filter({ hasText: "The email or password is not correct" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await expectAccessible(page);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/signin/);
});

test("the API refuses signed-out calls", async ({ request }) => {
  const response = await request.get("/api/trpc/case.list");
  expect(response.status()).toBe(401);
});

test("health reports the embedded database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "embedded" });
});
