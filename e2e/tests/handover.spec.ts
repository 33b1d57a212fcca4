import { expect, test } from "@playwright/test";
import { choose, expectAccessible, signIn } from "./support";

test("a manager hands a case over; the new owner sees it with the note, the old owner no longer does", async ({
  page,
  browser,
}) => {
  await signIn(page, "manager@example.org");
  await page.getByRole("combobox", { name: "Programme" }).selectOption("social_assistance");
  await page.getByRole("button", { name: "Show" }).click();
  const row = page.getByRole("row").filter({ hasText: "Rūta Petrauskienė" }).first();
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Who works on this case" })).toBeVisible();
  const caseUrl = page.url();
  await expectAccessible(page);

  await choose(page, "Caseworker", "Tomas Žukauskas");
  await page.getByLabel("Handover note").fill("Family reunification papers are in the drawer.");
  await page.getByRole("button", { name: "Hand over" }).click();
  await expect(page.getByText("handed the case from Rūta Petrauskienė to Tomas Žukauskas")).toBeVisible();
  await expect(page.getByText("Family reunification papers are in the drawer.")).toBeVisible();

  const newOwner = await browser.newContext();
  const tomas = await newOwner.newPage();
  await signIn(tomas, "caseworker2@example.org");
  await expect(tomas.getByRole("heading", { name: "My cases" })).toBeVisible();
  await tomas.goto(caseUrl);
  await expect(tomas.getByText("Family reunification papers are in the drawer.")).toBeVisible();
  await expect(tomas.getByRole("heading", { name: "Who works on this case" })).toHaveCount(0);
  await expectAccessible(tomas);
  await newOwner.close();

  const oldOwner = await browser.newContext();
  const ruta = await oldOwner.newPage();
  await signIn(ruta, "caseworker@example.org");
  await expect(ruta.getByRole("heading", { name: "My cases" })).toBeVisible();
  await ruta.goto(caseUrl);
  await expect(ruta.getByRole("heading", { name: "Not found" })).toBeVisible();
  await oldOwner.close();
});

test("a manager cannot lift the restriction of a counter-trafficking case", async ({ page }) => {
  await signIn(page, "manager@example.org");
  await page.getByRole("combobox", { name: "Programme" }).selectOption("counter_trafficking");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByText("Counter-trafficking cases are always restricted.")).toBeVisible();
  await expect(page.getByRole("switch", { name: "Restricted case" })).toBeDisabled();
  await expect(page.getByRole("switch", { name: "Restricted case" })).toBeChecked();
});
