import { expect, test } from "@playwright/test";
import { choose, expectAccessible, navigate, signIn } from "./support";

test("a caseworker registers a person, opens a case and finds it in My cases", async ({ page }) => {
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  await expectAccessible(page);

  await navigate(page, "Register a person");
  await expect(page.getByRole("heading", { name: "Register a person" })).toBeVisible();
  await expectAccessible(page);

  // Submitting empty shows what is missing and saves nothing.
  await page.getByRole("button", { name: "Register person" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "could not be registered" })).toBeVisible();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Given name(s)", { exact: true }).fill("Amina");
  await page.getByLabel("Family name", { exact: true }).fill("Testaitė");
  await page.getByText("Age estimated", { exact: true }).click();
  await page.getByLabel("Estimated age in years").fill("16");
  await page.getByText("Female", { exact: true }).click();
  await choose(page, "Citizenship 1", "Nigeria");
  await page.getByRole("button", { name: "Register person" }).click();

  await expect(page.getByRole("heading", { name: "Amina Testaitė" })).toBeVisible();
  await expect(page.getByText("about 16 years (estimated)")).toBeVisible();
  await expectAccessible(page);

  await choose(page, "Programme", "Social assistance to migrants");
  await choose(page, "Entry point", "NGO");
  await page.getByRole("button", { name: "Open case" }).click();
  await expect(page.getByRole("heading", { name: /^Case SA-\d{4}-\d{5}$/ })).toBeVisible();
  const reference = (await page.getByRole("heading", { level: 1 }).textContent())?.replace("Case ", "") ?? "";
  await expect(page.getByRole("region", { name: "Summary" }).getByText("Intake")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "My cases" }).click();
  const row = page.getByRole("row", { name: new RegExp(reference) });
  await expect(row).toContainText("Amina Testaitė");
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { name: `Case ${reference}` })).toBeVisible();
});

test("the language switch shows the app in Lithuanian", async ({ page }) => {
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  await choose(page, "Language", "Lietuvių");
  await expect(page.locator("html")).toHaveAttribute("lang", "lt");
  await expectAccessible(page);
  await choose(page, "Kalba", "English");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the dark theme passes the accessibility check too", async ({ page }) => {
  await signIn(page, "caseworker@example.org");
  await choose(page, "Theme", "Dark");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectAccessible(page);
});
