import { expect, test } from "@playwright/test";
import { expectAccessible, openCaseTab, signIn, signInElsewhere } from "./support";

test("a health note written by the caseworker is withheld from the manager, not shown as empty", async ({
  page,
  browser,
}) => {
  await signIn(page, "caseworker@example.org");
  await page.getByRole("combobox", { name: "Programme" }).selectOption("avrr");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("table").getByRole("link").first().click();
  await openCaseTab(page, "Notes");
  await expect(page.getByRole("heading", { name: "Sensitive information" })).toBeVisible();
  const caseUrl = page.url();

  // The editor opens on demand.
  await page.getByText("Edit the note: Health", { exact: true }).click();
  const health = page.getByLabel("Health notes");
  await health.fill("Allergic to penicillin; carries an adrenaline pen.");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // The note's history keeps what it said before, for those who may read it.
  const sensitive = page.getByRole("region", { name: "Sensitive information" });
  await sensitive.getByText("History of the sensitive notes").click();
  await expect(
    sensitive.getByRole("listitem").filter({ hasText: "Content: changed from" }).last(),
  ).toContainText("Allergic to penicillin; carries an adrenaline pen.");
  await expectAccessible(page);

  const { context, page: manager } = await signInElsewhere(browser, "manager@example.org");
  await expect(manager.getByRole("heading", { name: "All cases in my programmes" })).toBeVisible();
  await manager.goto(caseUrl);
  await expect(
    manager.getByText("Only the people working on this case can see health information."),
  ).toBeVisible();
  await expect(manager.getByText("Allergic to penicillin")).toHaveCount(0);
  await expect(manager.getByLabel("Health notes")).toHaveCount(0);
  // The history says who changed the health note and when, never what it said.
  const theirs = manager.getByRole("region", { name: "Sensitive information" });
  await theirs.getByText("History of the sensitive notes").click();
  await expect(theirs.getByText("value withheld").first()).toBeVisible();
  await expect(manager.getByText("Allergic to penicillin")).toHaveCount(0);
  await expectAccessible(manager);
  await context.close();
});
