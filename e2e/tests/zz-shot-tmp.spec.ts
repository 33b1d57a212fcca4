import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("shots", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  const href = await page.getByRole("table").getByRole("link").first().getAttribute("href");
  await page.goto(href ?? "/");
  await page.getByRole("link", { name: "Open the person's page" }).click();
  await expect(page.getByRole("region", { name: "Identity documents" })).toBeVisible();
  await page.screenshot({ path: "/tmp/shot-person.png", fullPage: true });
});
