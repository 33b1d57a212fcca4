import { expect, test } from "@playwright/test";
import { expectAccessible, openCaseTab, signIn } from "./support";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("a caseworker uploads a scan, a renamed program is refused, and the scan downloads", async ({
  page,
}) => {
  await signIn(page, "caseworker@example.org");
  await page.getByRole("combobox", { name: "Programme" }).selectOption("labour_migration");
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("table").getByRole("link").first().click();
  await openCaseTab(page, "Documents");
  await expect(page.getByRole("heading", { name: "Documents", exact: true })).toBeVisible();

  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "contract.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]),
  });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("This type of file is not accepted.")).toBeVisible();

  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "passport.png", mimeType: "image/png", buffer: PNG });
  await page.getByLabel("Description (optional)").fill("Passport, photo page");
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("link", { name: "passport.png" })).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "passport.png" }).click();
  expect((await download).suggestedFilename()).toBe("passport.png");
});
