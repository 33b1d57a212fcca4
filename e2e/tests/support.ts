import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";

/** Every page a test visits is checked: no serious or critical accessibility violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `accessibility violations on ${page.url()}`,
  ).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Picks an option of a React Aria select by its visible label. */
export async function choose(page: Page, label: string, option: string) {
  const item = page.getByRole("option", { name: option, exact: true });
  // Retried: a click that lands before the page is interactive opens nothing.
  await expect(async () => {
    await page.getByRole("button", { name: new RegExp(label) }).click();
    await expect(item).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await item.click();
}

/**
 * A second administrator confirms the handover of an account the first one opened (its link was
 * shown to the first, since the tests run without a mail server).
 */
export async function confirmHandover(browser: Browser, name: string) {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, "admin2@example.org");
  await expect(admin.getByRole("heading", { name: "Users", exact: true })).toBeVisible();
  await admin.getByLabel("Name or email").fill(name);
  await admin.getByRole("button", { name: "Search", exact: true }).click();
  await expect(admin.getByText("1 user", { exact: true })).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(name) })).toContainText("Handover pending");
  await admin.getByRole("button", { name: `Confirm the handover of ${name}` }).click();
  await expect(admin.getByText(`The handover of ${name} is confirmed`)).toBeVisible();
  await context.close();
}
