import { expect, type Locator, test } from "@playwright/test";
import { choose, expectAccessible, fillDate, openCaseTab, signIn } from "./support";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const borderColor = (field: Locator) => field.evaluate((element) => getComputedStyle(element).borderColor);

test("a caseworker uploads a passport with its expiry date, replaces it and deletes it with a reason", async ({
  page,
}) => {
  await signIn(page, "caseworker@example.org");
  await page.getByRole("combobox", { name: "Programme" }).selectOption("labour_migration");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("table").getByRole("link").first().click();
  await openCaseTab(page, "Documents");
  await expect(page.getByRole("heading", { name: "Documents", exact: true })).toBeVisible();

  // Nothing is shown as wrong before the user did anything: the empty file field looks like the others.
  const file = page.getByLabel("File", { exact: true });
  const description = page.getByLabel("Description (optional)");
  await expect(file).not.toHaveAttribute("aria-invalid", "true");
  expect(await borderColor(file)).toBe(await borderColor(description));

  // Sent empty, the form says what is missing, next to the fields.
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("Choose a file.")).toBeVisible();
  await expect(file).toHaveAttribute("aria-invalid", "true");

  await choose(page, "Category", "Identity document");
  await file.setInputFiles({
    name: "contract.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]),
  });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("This type of file is not accepted.")).toBeVisible();

  await file.setInputFiles({ name: "passport.png", mimeType: "image/png", buffer: PNG });
  await fillDate(page, "Expiry date (optional)", "2021-03-01");
  await description.fill("Passport, photo page");
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  const passport = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "passport.png" }) });
  await expect(passport.getByText("Identity document")).toBeVisible();
  await expect(passport.getByText(/^Expired (Mar 1, 2021|1 Mar 2021)$/)).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "passport.png" }).click();
  expect((await download).suggestedFilename()).toBe("passport.png");

  // A renewed passport replaces it; the old scan stays in the document's history.
  await page.getByRole("button", { name: "Replace file: passport.png" }).click();
  await page
    .getByLabel("New version of the file")
    .setInputFiles({ name: "passport-renewed.png", mimeType: "image/png", buffer: PNG });
  await fillDate(
    page.getByRole("group", { name: "Expiry date (optional)" }).first().locator(".."),
    "Expiry date (optional)",
    "2035-06-30",
  );
  await page.getByRole("button", { name: "Upload the new version" }).click();
  const renewed = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "passport-renewed.png" }) })
    .first();
  await expect(renewed.getByText(/^Valid until (Jun 30, 2035|30 Jun 2035)$/)).toBeVisible();
  await renewed.getByText("1 earlier version").click();
  await expect(renewed.getByRole("link", { name: "passport.png", exact: true })).toBeVisible();

  // Deleting asks why; the document is gone from the list once deleted.
  await page.getByRole("button", { name: "Delete passport-renewed.png" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Delete the document" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await page.getByLabel("Reason for deleting").fill("Scanned for the wrong person");
  await page.getByRole("button", { name: "Delete the document" }).click();
  await expect(page.getByRole("link", { name: "passport-renewed.png" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "passport.png", exact: true })).toHaveCount(0);
});
