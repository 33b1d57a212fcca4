import { expect, test } from "@playwright/test";
import { choose, expectAccessible, openCaseForFirstPerson, signIn, signInElsewhere } from "./support";

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

  const { context: newOwner, page: tomas } = await signInElsewhere(browser, "caseworker2@example.org");
  await expect(tomas.getByRole("heading", { name: "My cases" })).toBeVisible();
  await tomas.goto(caseUrl);
  await expect(tomas.getByText("Family reunification papers are in the drawer.")).toBeVisible();
  await expect(tomas.getByRole("heading", { name: "Who works on this case" })).toHaveCount(0);
  await expectAccessible(tomas);
  await newOwner.close();

  const { context: oldOwner, page: ruta } = await signInElsewhere(browser, "caseworker@example.org");
  await expect(ruta.getByRole("heading", { name: "My cases" })).toBeVisible();
  await ruta.goto(caseUrl);
  await expect(ruta.getByRole("heading", { name: "Not found" })).toBeVisible();
  await oldOwner.close();
});

test("a restricted case is in no list, opens by its reference, and its restriction cannot be lifted", async ({
  page,
  browser,
}) => {
  // A caseworker opens a counter-trafficking case (restricted, as every one) for a person of theirs.
  const { context: workerContext, page: worker } = await signInElsewhere(browser, "caseworker@example.org");
  const reference = await openCaseForFirstPerson(worker, "Counter-trafficking", "CT");
  await worker.goto("/cases");
  await expect(worker.getByRole("link", { name: reference })).toHaveCount(0);
  await expect(worker.getByText(/restricted cases? also match/)).toBeVisible();
  await workerContext.close();

  // The programme's manager finds it in no list either, and opens it by its reference.
  await signIn(page, "manager@example.org");
  await page.getByRole("combobox", { name: "Programme" }).selectOption("counter_trafficking");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("link", { name: reference })).toHaveCount(0);
  await expect(page.getByText(/restricted cases? also match/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Case reference").fill(reference.toLowerCase());
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Case ${reference}` })).toBeVisible();
  await expect(page.getByText("Counter-trafficking cases are always restricted.")).toBeVisible();
  await expect(page.getByRole("switch", { name: "Restricted case" })).toBeDisabled();
  await expect(page.getByRole("switch", { name: "Restricted case" })).toBeChecked();
});

test("a reference that is not one, or of a case out of scope, opens nothing", async ({ page }) => {
  await signIn(page, "manager2@example.org");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  await page.goto("/cases/open?reference=not-a-reference");
  await expect(page.getByText("That is not a case reference (for example CT-2026-00007).")).toBeVisible();
  await page.goto("/cases/open?reference=CT-1999-99999");
  await expect(page.getByText("No case with the reference CT-1999-99999 that you may open.")).toBeVisible();
  await expectAccessible(page);
});
