import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { addCaseworker, choose, confirmHandover, expectAccessible, navigate, signIn } from "./support";

/**
 * The administrator's journey: a new colleague's account and its one-time link, the colleague's
 * first sign-in, deactivation, the unsafe-destinations list, service types and the audit log.
 * One test: each step builds on the one before (the account, the list's version).
 */

const PASSWORD = "lantern-orchard-copper-57";

async function signInAsAdmin(page: Page) {
  await signIn(page, "admin@example.org");
  await expect(page.getByRole("heading", { name: "Users", exact: true })).toBeVisible();
}

test("an admin opens an account, the colleague sets a password and signs in, then is deactivated", async ({
  page,
  browser,
}) => {
  const tag = randomUUID().slice(0, 6);
  const name = `Greta Testaitė ${tag}`;
  const email = `greta.${tag}@example.org`;

  await signInAsAdmin(page);
  await expectAccessible(page);

  // The account, with the link to pass on.
  const url = await addCaseworker(page, name, email);
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await expectAccessible(page);

  // The colleague, in a browser of their own: a refused password first, then a good one.
  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(url);
  await expect(colleague.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  await expectAccessible(colleague);
  await colleague.getByLabel("New password").fill("password1234");
  await colleague.getByLabel("Repeat the password").fill("password1234");
  await colleague.getByRole("button", { name: "Set password" }).click();
  await expect(colleague.getByText("This password is too common")).toBeVisible();
  await colleague.getByLabel("New password").fill(PASSWORD);
  await colleague.getByLabel("Repeat the password").fill(PASSWORD);
  await colleague.getByRole("button", { name: "Set password" }).click();
  await expect(colleague).toHaveURL(/\/signin/);
  await signIn(colleague, email, PASSWORD);
  // The admin saw the link: until a second admin confirms, the account opens no case.
  await expect(colleague.getByRole("heading", { name: "Account security", level: 1 })).toBeVisible();
  await expect(colleague.getByText("An administrator handed this account over to you.")).toBeVisible();
  await expect(colleague.getByRole("navigation", { name: "Main navigation" }).getByRole("link")).toHaveText([
    "Account security",
  ]);
  await expectAccessible(colleague);
  await colleague.goto("/cases");
  await expect(colleague.getByRole("heading", { name: "Not found" })).toBeVisible();

  // The admin who saw the link cannot confirm; the second one can.
  await page.getByLabel("Name or email").fill(tag);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(
    page.getByText("You saw the link: another administrator must confirm the handover."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: `Confirm the handover of ${name}` })).toHaveCount(0);
  await confirmHandover(browser, name);
  await colleague.goto("/");
  await expect(colleague.getByRole("heading", { name: "My cases" })).toBeVisible();

  // The link worked once.
  const again = await context.newPage();
  await again.goto(url);
  await again.getByLabel("New password").fill(`${PASSWORD}-2`);
  await again.getByLabel("Repeat the password").fill(`${PASSWORD}-2`);
  await again.getByRole("button", { name: "Set password" }).click();
  await expect(again.getByText(/This link has already been used/)).toBeVisible();

  // The admin finds the account and deactivates it: the colleague's session ends at once.
  await page.reload();
  await expect(page.getByText("1 user", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(page.getByRole("button", { name: `Reactivate ${name}` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Deactivated");
  await colleague.reload();
  await expect(colleague).toHaveURL(/\/signin/);
  await context.close();
});

test("an admin edits the unsafe destinations and the service types, and sees each version", async ({
  page,
}) => {
  await signInAsAdmin(page);
  await navigate(page, "Unsafe destinations");
  await expect(page.getByRole("heading", { name: "Unsafe destinations" })).toBeVisible();
  await expectAccessible(page);
  await choose(page, "Country", "Syria");
  await page.getByRole("button", { name: "Add to the list" }).click();
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.getByRole("button", { name: "Save list" }).click();
  await expect(page.getByText("The list was saved.")).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByText("Added: Syria").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Syria" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/admin/service-types");
  await expect(page.getByRole("heading", { name: "Service types and costs" })).toBeVisible();
  const code = `food_${randomUUID().slice(0, 6)}`;
  const add = page.getByRole("region", { name: "Add a service type" });
  await add.getByLabel("Code").fill(code);
  await add.getByLabel("Name in English").fill(`Food parcel ${code}`);
  await add.getByLabel("Name in Lithuanian").fill(`Maisto paketas ${code}`);
  await add.getByLabel("Default unit cost").fill("25.50");
  await choose(page, "Currency", "EUR");
  await add.getByRole("button", { name: "Add service type" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: `(${code})` })).toContainText("€25.50");
  await expect(
    page.getByRole("region", { name: "History" }).getByText(`Food parcel ${code}: offered`),
  ).toBeVisible();
  await expectAccessible(page);
});

test("an admin searches the audit log, exports the search and verifies the chain", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Action").fill("auth.");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/action=auth\./);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("auth.");
  // Outcomes in words, times on the office's clock, the detail as a list of its keys and values.
  await expect(rows.nth(1).getByRole("cell").nth(4)).toHaveText(/^(Allowed|Refused|Failed)$/);
  await expect(rows.nth(1).getByRole("cell").nth(1)).not.toContainText("T");
  await expect(page.getByRole("columnheader", { name: "When", exact: true })).toBeVisible();

  const href = await page.getByRole("link", { name: "Export this search (CSV)" }).getAttribute("href");
  expect(href).toContain("action=auth.");
  const csv = await page.request.get(href ?? "");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\n");
  expect(lines[0]).toBe("seq,at,actor_id,actor_name,action,outcome,entity_type,entity_id,ip,detail");
  expect(lines.length).toBeGreaterThan(1);
  // Local date and time a spreadsheet recognises, not an ISO instant.
  expect(lines[1]).toMatch(/^\d+,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/);

  await page.getByRole("button", { name: "Verify the chain" }).click();
  await expect(page.getByText(/The chain is intact/)).toBeVisible();
  await expectAccessible(page);

  // The search itself was recorded.
  await page.goto("/admin/audit?action=audit.list");
  await expect(page.getByRole("table")).toContainText("audit.list");
});
