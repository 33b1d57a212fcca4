import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signInElsewhere } from "./support";

test("a health note written by the caseworker is withheld from the manager, not shown as empty", async ({
  page,
  browser,
}) => {
  await signIn(page, "caseworker@example.org");
  await page.getByRole("combobox", { name: "Programme" }).selectOption("avrr");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Sensitive information" })).toBeVisible();
  const caseUrl = page.url();

  const health = page.getByLabel("Health notes");
  await health.fill("Allergic to penicillin; carries an adrenaline pen.");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expectAccessible(page);

  const { context, page: manager } = await signInElsewhere(browser, "manager@example.org");
  await expect(manager.getByRole("heading", { name: "All cases in my programmes" })).toBeVisible();
  await manager.goto(caseUrl);
  await expect(
    manager.getByText("Only the people working on this case can see health information."),
  ).toBeVisible();
  await expect(manager.getByText("Allergic to penicillin")).toHaveCount(0);
  await expect(manager.getByLabel("Health notes")).toHaveCount(0);
  await expectAccessible(manager);
  await context.close();
});
