import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signInElsewhere } from "./support";

test("a manager sees all cases of their programmes", async ({ page }) => {
  await signIn(page, "manager@example.org");
  await expect(page.getByRole("heading", { name: "All cases in my programmes" })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("combobox", { name: "Programme" }).selectOption("labour_migration");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("No cases to show.")).toBeVisible();
});

test("an admin manages users and has no case pages", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "caseworker@example.org" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link")).toHaveText([
    "Users",
    "Partners",
    "Unsafe destinations",
    "Service types",
    "Reflection periods",
    "Review intervals",
    "Audit log",
    "Sign-in security",
    "Account security",
  ]);
  await expectAccessible(page);
  await page.goto("/cases");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("a second caseworker opening the first caseworker's case sees not found", async ({ page, browser }) => {
  await signIn(page, "caseworker@example.org");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Case / })).toBeVisible();
  const url = page.url();

  const { context, page: other } = await signInElsewhere(browser, "caseworker2@example.org");
  await expect(other.getByRole("heading", { name: "My cases" })).toBeVisible();
  await other.goto(url);
  await expect(other.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expectAccessible(other);
  await context.close();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "caseworker@example.org");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/signin/);
});
