import { expect, type Page, test } from "@playwright/test";
import { choose, expectAccessible, fillDate, navigate, signIn, signInElsewhere } from "./support";

/**
 * Opens the caseworker's cases one by one until a person with an identity document turns up (most
 * demo people with a date of birth have a passport), and reads their name and document number.
 */
async function personWithDocument(page: Page): Promise<{ name: string; number: string }> {
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  const hrefs = await page
    .getByRole("table")
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs.filter((h) => h.startsWith("/cases/"))) {
    await page.goto(href);
    await page.getByRole("link", { name: "Open the person's page" }).click();
    const documents = page.getByRole("region", { name: "Identity documents" });
    await expect(documents).toBeVisible();
    const table = documents.getByRole("table");
    if ((await table.count()) === 0) continue;
    const number = (await table.getByRole("row").nth(1).getByRole("cell").nth(1).textContent())?.trim() ?? "";
    const name = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
    return { name, number };
  }
  throw new Error("no person with an identity document among the caseworker's cases");
}

/** Fills the registration form for a new person carrying the given document number. */
async function registerWithDocument(page: Page, given: string, family: string, number: string) {
  await navigate(page, "Register a person");
  await expect(page.getByRole("heading", { name: "Register a person" })).toBeVisible();
  await page.getByLabel("Given name(s)", { exact: true }).fill(given);
  await page.getByLabel("Family name", { exact: true }).fill(family);
  await fillDate(page, "Date of birth", "2000-01-01");
  await page.getByText("Male", { exact: true }).click();
  await choose(page, "Citizenship 1", "Lithuania");
  await page.getByRole("button", { name: "Add an identity document" }).click();
  const document = page.getByRole("group", { name: "Identity document 1" });
  await expect(document).toBeVisible();
  await choose(page, "Document type", "Passport");
  await document.getByLabel("Document number").fill(number.toLowerCase());
  await choose(page, "Issuing country", "Lithuania");
  await page.getByRole("button", { name: "Register person" }).click();
}

test("registering someone already in the caseworker's cases warns, and the warning opens the existing person", async ({
  page,
}) => {
  await signIn(page, "caseworker@example.org");
  const existing = await personWithDocument(page);
  await expectAccessible(page);

  await registerWithDocument(page, "Dovydas", "Kartotinis", existing.number);
  const warning = page.getByRole("region", { name: "Possible duplicate" });
  await expect(warning).toBeVisible();
  await expect(warning.getByText("same identity document number")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Possible duplicate" })).toBeFocused();
  await expectAccessible(page);

  await warning.getByRole("link", { name: `Open ${existing.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: existing.name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Identity documents" })).toContainText(existing.number);
  await expectAccessible(page);
});

test("a duplicate outside the caseworker's cases is announced without who it is; the caseworker can continue", async ({
  page,
  browser,
}) => {
  const { context: colleagueContext, page: colleague } = await signInElsewhere(
    browser,
    "caseworker2@example.org",
  );
  const theirs = await personWithDocument(colleague);
  await colleagueContext.close();

  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  await registerWithDocument(page, "Rokas", "Naujokas", theirs.number);
  const warning = page.getByRole("region", { name: "Possible duplicate" });
  await expect(warning.getByText("A possible duplicate exists outside your cases.")).toBeVisible();
  await expect(warning.getByRole("link")).toHaveCount(0);
  await expect(page.getByText(theirs.name)).toHaveCount(0);
  await expectAccessible(page);

  await warning.getByRole("button", { name: "Register anyway" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rokas Naujokas" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Identity documents" })).toContainText(theirs.number);
  await expectAccessible(page);
});
