import { expect, test } from "@playwright/test";
import { expectAccessible, navigate, signIn } from "./support";

test("a caseworker finds a person by name in the people list and sorts their cases", async ({ page }) => {
  await signIn(page, "caseworker@example.org");
  await navigate(page, "People");
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  const firstPerson = page.getByRole("table").getByRole("link").first();
  const name = (await firstPerson.textContent())?.trim() ?? "";
  expect(name.length).toBeGreaterThan(1);
  await expectAccessible(page);

  const familyName = name.split(" ").at(-1) ?? "";
  await page.getByLabel("Name", { exact: true }).fill(familyName);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  // The demo holds namesakes (a possible duplicate among them), so the name may match more than one row.
  const match = page.getByRole("table").getByRole("link", { name }).first();
  await expect(match).toBeVisible();
  await match.click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();

  await page.goto("/cases");
  await page.getByRole("combobox", { name: "Order" }).selectOption("opened_asc");
  await page.getByLabel("Only cases with overdue tasks").check();
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/sort=opened_asc/);
  await expect(page).toHaveURL(/overdue=1/);
  await expect(page.getByLabel("Only cases with overdue tasks")).toBeChecked();
  await expectAccessible(page);
});
