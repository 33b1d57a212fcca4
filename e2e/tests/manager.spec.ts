import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import {
  choose,
  expectAccessible,
  fillDate,
  navigate,
  openCaseTab,
  signIn,
  signInElsewhere,
} from "./support";

const workflowOf = (page: Page) => page.getByRole("region", { name: "Workflow", exact: true });

/**
 * As the demo caseworker: a person, an AVRR case in eligibility counselling with its facts, and the
 * request for the managers' approval of eligibility. Answers the case reference.
 */
async function eligibilityRequest(page: Page): Promise<string> {
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  await page.goto("/people/new");
  await page.getByLabel("Given name(s)", { exact: true }).fill("Tamar");
  await page.getByLabel("Family name", { exact: true }).fill("Beridze");
  await fillDate(page, "Date of birth", "1979-02-03");
  await page.getByText("Female", { exact: true }).click();
  await choose(page, "Citizenship 1", "Georgia");
  await page.getByRole("button", { name: "Register person" }).click();
  await expect(page.getByRole("heading", { name: "Tamar Beridze" })).toBeVisible();
  await choose(page, "Programme", "Assisted voluntary return and reintegration");
  await choose(page, "Entry point", "Self-referral");
  await page.getByRole("button", { name: "Open case" }).click();
  const heading = page.getByRole("heading", { name: /^Case AVRR-\d{4}-\d{5}$/ });
  await expect(heading).toBeVisible();
  const reference = ((await heading.textContent()) ?? "").replace("Case ", "");

  await openCaseTab(page, "Workflow");
  const workflow = workflowOf(page);
  await workflow.getByRole("button", { name: "Move to “Eligibility and counselling”", exact: true }).click();
  await workflow.getByRole("button", { name: "Confirm the move" }).click();
  await expect(
    workflow.getByRole("definition").filter({ hasText: "Eligibility and counselling" }),
  ).toBeVisible();
  await workflow.getByText("Record workflow facts", { exact: true }).click();
  await choose(page, "Eligibility criterion", "Expired visa or residence permit");
  await workflow.locator("label").filter({ hasText: "The decision on voluntary return is recorded" }).click();
  await choose(page, "Country of return", "Georgia");
  await workflow.getByRole("button", { name: "Record facts" }).click();
  await expect(workflow.getByRole("status").filter({ hasText: "Facts recorded." })).toBeVisible();
  const ask = async () => {
    await workflow.getByRole("button", { name: "Move to “Eligible”" }).click();
    await workflow.getByLabel("Reason", { exact: true }).fill("Visa expired in October.");
    await workflow.getByRole("button", { name: "Ask for approval" }).click();
    await expect(
      workflow.getByRole("status").filter({ hasText: "Sent to the programme's managers" }),
    ).toBeVisible();
  };
  await ask();
  await expect(
    workflow.getByText(
      "You asked for this move: the programme's managers decide. While it waits, you can withdraw it.",
    ),
  ).toBeVisible();

  // Asked too early: the caseworker withdraws the request (confirming), then asks again.
  await workflow.getByRole("button", { name: "Withdraw the request" }).click();
  const withdrawal = workflow.getByRole("form", { name: "Withdraw the request for approval" });
  await withdrawal.getByLabel("Why (optional)").fill("Asked before the return decision was on file.");
  await expectAccessible(page);
  await withdrawal.getByRole("button", { name: "Withdraw the request" }).click();
  await expect(workflow.getByText("Pending approval")).toHaveCount(0);
  await ask();
  return reference;
}

test("a manager reads the dashboard, follows a figure, approves from the queue and exports XLSX", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const reference = await eligibilityRequest(page);

  const { context, page: manager } = await signInElsewhere(browser, "manager@example.org");
  await expect(manager.getByRole("heading", { name: "All cases in my programmes" })).toBeVisible();

  // The dashboard: figures of the manager's programmes, each chart with its table.
  await navigate(manager, "Dashboard");
  await expect(manager.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  const openByState = manager.getByRole("region", { name: "Open cases by state" });
  await expect(openByState.getByRole("img")).toBeVisible();
  // Horizontal bars: every state's label is drawn beside its bar.
  await expect(openByState.getByRole("img").getByText(/· Eligibility and counselling$/)).toBeVisible();
  await expect(openByState.getByRole("img").getByText(/· Departed$/)).toBeVisible();
  // The demo data's cases reached their states through recorded moves: departures are counted.
  const returns = manager.getByRole("region", { name: "AVRR returns by destination" });
  await expect(returns).toBeVisible();
  await expect(returns.getByText("No departures in this period.")).toHaveCount(0);
  await expectAccessible(manager);

  // A figure opens the list of the cases it counts: the new request is among them.
  await openByState.getByText("Show the table").click();
  const row = openByState.getByRole("row", {
    name: /^Assisted voluntary return and reintegration: Eligibility and counselling/,
  });
  const figure = Number(await row.getByRole("link").textContent());
  expect(figure).toBeGreaterThanOrEqual(1);
  await row.getByRole("link").click();
  await expect(manager.getByRole("heading", { name: "All cases in my programmes" })).toBeVisible();
  await expect(manager.getByText("This list shows the cases a dashboard figure counts.")).toBeVisible();
  await expect(manager.getByRole("link", { name: reference })).toBeVisible();
  await expect(manager.getByRole("cell", { name: "Eligibility and counselling" })).toHaveCount(
    Math.min(figure, 25),
  );
  await expectAccessible(manager);

  // The approvals queue: the eligibility request, approved from there.
  await navigate(manager, "Approvals");
  await expect(manager.getByRole("heading", { name: "Approvals", level: 1 })).toBeVisible();
  const request = manager.getByRole("article", { name: new RegExp(reference) });
  await expect(request.getByText("Visa expired in October.")).toBeVisible();
  await expectAccessible(manager);
  await request.getByRole("button", { name: new RegExp(`^Approve ${reference}`) }).click();
  await expect(manager.getByRole("article", { name: new RegExp(reference) })).toHaveCount(0);
  await manager.getByRole("link", { name: "Dashboard" }).click();
  await expect(manager.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

  // The case moved on.
  await page.reload();
  await expect(workflowOf(page).getByRole("definition").filter({ hasText: "Eligible" })).toBeVisible();

  // Reports: the case list as XLSX.
  await navigate(manager, "Reports");
  await expect(manager.getByRole("heading", { name: "Reports and exports", level: 1 })).toBeVisible();
  await expect(manager.getByRole("region", { name: "CTDC export (anonymised)" })).toBeVisible();
  await expectAccessible(manager);
  const exportSection = manager.getByRole("region", { name: "Case list export" });
  const [download] = await Promise.all([
    manager.waitForEvent("download"),
    exportSection.getByRole("button", { name: "Download" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = readFileSync((await download.path()) ?? "");
  // An XLSX file is a zip archive: it starts with "PK".
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(bytes.length).toBeGreaterThan(1000);
  await context.close();
});
