import { expect, test } from "@playwright/test";
import { choose, expectAccessible, navigate, signIn } from "./support";

test("editing a person: phones are checked, and a stale edit is refused without losing what was typed", async ({
  page,
}) => {
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  await navigate(page, "Register a person");
  await page.getByLabel("Given name(s)", { exact: true }).fill("Олег");
  await page.getByLabel("Family name", { exact: true }).fill("Редактор");
  await page.getByText("Age estimated", { exact: true }).click();
  await page.getByLabel("Estimated age in years").fill("30");
  await page.getByText("Male", { exact: true }).click();
  await choose(page, "Citizenship 1", "Moldova");
  await page.getByRole("button", { name: "Register person" }).click();
  // A name in Cyrillic needs its Latin spelling, asked for next to the field.
  await expect(page.getByText("The name is not in Latin letters").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Given name(s) in Latin letters").fill("Oleh");
  await page.getByLabel("Family name in Latin letters").fill("Redaktor");
  await page.getByRole("button", { name: "Register person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Олег Редактор" })).toBeVisible();
  await expect(page.getByText("Oleh Redaktor")).toBeVisible();

  await page.getByRole("link", { name: "Edit person" }).click();
  await expect(page.getByRole("heading", { name: "Edit Олег Редактор" })).toBeVisible();
  const editUrl = page.url();
  await expectAccessible(page);

  // A colleague's tab (same caseworker, another tab) saves first.
  const other = await page.context().newPage();
  await other.goto(editUrl);
  await other.getByLabel("Family name in Latin letters").fill("Redaktorius");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByText("Oleh Redaktorius")).toBeVisible();
  await other.close();

  await page.getByRole("button", { name: "Add a phone number" }).click();
  await page.getByLabel("Phone 1").fill("+370 612");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Enter a valid phone number, for example +370 612 34567.")).toBeVisible();
  await page.getByLabel("Phone 1").fill("8 612 34567");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Someone else changed this record meanwhile" }),
  ).toBeVisible();
  await expect(page.getByLabel("Phone 1")).toHaveValue("8 612 34567");
  await expect(page.getByLabel("Family name in Latin letters")).toHaveValue("Redaktor");
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByLabel("Family name in Latin letters")).toHaveValue("Redaktorius");
  await page.getByRole("button", { name: "Add a phone number" }).click();
  await page.getByLabel("Phone 1").fill("8 612 34567");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("link", { name: "+370 612 34567" })).toBeVisible();
  await expectAccessible(page);
});
