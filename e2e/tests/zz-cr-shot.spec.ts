import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("cr shots", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  await page.goto("/tasks");
  await page.screenshot({ path: "/tmp/cr/shot-tasks.png", fullPage: true });
  await page.goto("/cases");
  const links = page.getByRole("table").getByRole("link");
  const n = await links.count();
  for (let i = 0; i < n; i++) {
    const href = await links.nth(i).getAttribute("href");
    await page.goto(href ?? "/");
    const notes = await page.getByRole("region", { name: "Notes" }).getByRole("article").count();
    const refs = await page.getByRole("region", { name: "Referrals" }).getByRole("listitem").count();
    if (notes > 0 && refs > 0) break;
  }
  await page.getByText("Record a consent").click();
  await page.screenshot({ path: "/tmp/cr/shot-case.png", fullPage: true });
});
