import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

test("a caseworker finds a Cyrillic name by its transliteration from the header, and opens the person and the case", async ({
  page,
}) => {
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();

  // `/` outside a field brings the focus to the header's search box; Enter sends it.
  await page.locator("body").press("/");
  const box = page.getByRole("searchbox", { name: "Search" }).first();
  await expect(box).toBeFocused();
  await box.fill("Marozau");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Marozau/);
  await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();

  // The demo's Ганна Марозаў, registered in Cyrillic, with her AVRR case of this caseworker's.
  const people = page.getByRole("region", { name: /^People/ });
  const person = people.getByRole("link", { name: "Ганна Марозаў" }).first();
  await expect(person).toBeVisible();
  await expect(people.getByRole("row").filter({ hasText: "Ганна Марозаў" }).first()).toContainText("Belarus");
  const cases = page.getByRole("region", { name: /^Cases/ });
  const caseRow = cases.getByRole("row").filter({ hasText: "Ганна Марозаў" }).first();
  await expect(caseRow).toContainText("AVRR");
  await expectAccessible(page);

  // In a field, `/` is only a character.
  const again = page.getByLabel("Search", { exact: true }).last();
  await again.fill("AVRR");
  await again.press("/");
  await expect(again).toBeFocused();
  await expect(again).toHaveValue("AVRR/");

  const reference = ((await caseRow.getByRole("link").first().textContent()) ?? "").trim();
  expect(reference).toMatch(/^AVRR-\d{4}-\d{5}$/);
  await caseRow.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: `Case ${reference}` })).toBeVisible();

  await page.goBack();
  await people.getByRole("link", { name: "Ганна Марозаў" }).first().click();
  await expect(page.getByRole("heading", { name: "Ганна Марозаў", level: 1 })).toBeVisible();
});
