import { expect, type Page, test } from "@playwright/test";
import {
  choose,
  daysAgo,
  expectAccessible,
  fillDate,
  navigate,
  openCaseTab,
  recordTravel,
  signIn,
  signInElsewhere,
} from "./support";

/** The workflow section of a case page. */
const workflow = (page: Page) => page.getByRole("region", { name: "Workflow", exact: true });

/** Chooses a step, confirms it (with a reason when given) and waits for the case to get there. */
async function takeStep(page: Page, step: string, state: string, reason?: string) {
  const section = workflow(page);
  await section.getByRole("button", { name: step, exact: true }).click();
  if (reason) await section.getByLabel("Reason", { exact: true }).fill(reason);
  await section.getByRole("button", { name: "Confirm the move" }).click();
  await expect(
    section.getByRole("status").filter({ hasText: `The case moved to “${state}”.` }),
  ).toBeVisible();
  await expect(section.getByRole("definition").filter({ hasText: state })).toBeVisible();
}

/** Opens the facts form of the workflow (it opens on demand), unless it is open already. */
async function openFacts(page: Page) {
  const section = workflow(page);
  if (!(await section.getByRole("button", { name: "Record facts" }).isVisible())) {
    await section.getByText("Record workflow facts", { exact: true }).click();
  }
  await expect(section.getByRole("button", { name: "Record facts" })).toBeVisible();
}

async function recordFacts(page: Page) {
  const section = workflow(page);
  await section.getByRole("button", { name: "Record facts" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Facts recorded." })).toBeVisible();
}

/** The same day `months` later (the last day of a shorter month), as the page writes it in English. */
function monthsLater(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month - 1 + months, Math.min(day, last), 12));
  return new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(date);
}

test("an AVRR return, from registration to arrival, with the manager's approval of eligibility", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);

  // Registration: the person, then their AVRR case.
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  await navigate(page, "Register a person");
  await expect(page.getByRole("heading", { name: "Register a person" })).toBeVisible();
  await page.getByLabel("Given name(s)", { exact: true }).fill("Nino");
  await page.getByLabel("Family name", { exact: true }).fill("Gelashvili");
  await fillDate(page, "Date of birth", "1988-05-17");
  await page.getByText("Female", { exact: true }).click();
  await choose(page, "Citizenship 1", "Georgia");
  await page.getByRole("button", { name: "Register person" }).click();
  await expect(page.getByRole("heading", { name: "Nino Gelashvili" })).toBeVisible();
  await expectAccessible(page);

  await choose(page, "Programme", "Assisted voluntary return and reintegration");
  await choose(page, "Entry point", "Self-referral");
  await page.getByRole("button", { name: "Open case" }).click();
  await expect(page.getByRole("heading", { name: /^Case AVRR-\d{4}-\d{5}$/ })).toBeVisible();
  await openCaseTab(page, "Workflow");
  const caseUrl = page.url();
  const section = workflow(page);
  await expect(section.getByRole("definition").filter({ hasText: "Application" })).toBeVisible();
  await expect(section.getByText("The case has not moved yet.")).toBeVisible();
  await expectAccessible(page);

  // Counselling; eligibility is greyed out until its facts are recorded, and says why.
  await takeStep(page, "Move to “Eligibility and counselling”", "Eligibility and counselling");
  const eligible = section.getByRole("button", { name: "Move to “Eligible”" });
  await expect(eligible).toBeDisabled();
  await expect(section.getByText("Record the eligibility criterion.")).toBeVisible();
  await expect(section.getByText("Record the decision on voluntary return.")).toBeVisible();
  await expect(section.getByText("Record the country of return.")).toBeVisible();
  await expectAccessible(page);

  await openFacts(page);
  await choose(page, "Eligibility criterion", "Expired visa or residence permit");
  await section.locator("label").filter({ hasText: "The decision on voluntary return is recorded" }).click();
  await choose(page, "Country of return", "Georgia");
  await recordFacts(page);
  await expect(eligible).toBeEnabled();

  // Eligibility needs a second pair of eyes: asking for it leaves the case where it is, pending.
  await eligible.click();
  await section.getByLabel("Reason", { exact: true }).fill("Residence permit expired in September.");
  await section.getByRole("button", { name: "Ask for approval" }).click();
  await expect(
    section.getByRole("status").filter({ hasText: "Sent to the programme's managers" }),
  ).toBeVisible();
  await expect(section.getByText("Pending approval").first()).toBeVisible();
  await expect(section.getByText("You asked for this move")).toBeVisible();
  await expect(
    section.getByRole("definition").filter({ hasText: "Eligibility and counselling" }),
  ).toBeVisible();
  await expectAccessible(page);

  // The manager approves, in a browser of their own.
  const { context: managerContext, page: manager } = await signInElsewhere(browser, "manager@example.org");
  await expect(manager.getByRole("heading", { name: "All cases in my programmes" })).toBeVisible();
  await manager.goto(caseUrl);
  const managerView = workflow(manager);
  await expect(managerView.getByText("Residence permit expired in September.")).toBeVisible();
  await expect(managerView.getByText("Only the people working on this case can move it.")).toBeVisible();
  await expectAccessible(manager);
  await managerView
    .getByLabel("Reason for the decision")
    .fill("Permit expiry checked with the Migration Department.");
  await managerView.getByRole("button", { name: "Approve" }).click();
  await expect(managerView.getByRole("definition").filter({ hasText: "Eligible" })).toBeVisible();
  await expect(managerView.getByText("Pending approval")).toHaveCount(0);
  await expect(managerView.getByText("Approved by Indrė Kazlauskaitė.")).toBeVisible();
  await expectAccessible(manager);
  await managerContext.close();

  // Travel: the travel-ready checklist (document, fitness, itinerary, escort) before booking.
  await page.reload();
  await expect(section.getByRole("definition").filter({ hasText: "Eligible" })).toBeVisible();
  await takeStep(page, "Move to “Travel documents”", "Travel documents");
  const booked = section.getByRole("button", { name: "Move to “Travel booked”" });
  await expect(booked).toBeDisabled();
  await expect(section.getByText("Book the flights (add them to the itinerary).")).toBeVisible();
  const departure = daysAgo(3);
  await recordTravel(page, departure);
  await openCaseTab(page, "Workflow");
  await takeStep(page, "Move to “Travel booked”", "Travel booked");
  const departed = section.getByRole("button", { name: "Move to “Departed”" });
  await expect(departed).toBeDisabled();
  await expect(section.getByText("Confirm the departure.")).toBeVisible();
  await openCaseTab(page, "Travel");
  const leaving = page.getByRole("region", { name: "Departure", exact: true });
  await fillDate(leaving, "Departed on", departure);
  await leaving.getByLabel("Confirmed by").fill("Airport assistant, IOM Vilnius");
  await leaving.getByRole("button", { name: "Confirm the departure" }).click();
  await expect(page.getByRole("region", { name: "Travel-ready checklist" }).getByText("✗")).toHaveCount(0);
  await openCaseTab(page, "Workflow");
  await takeStep(page, "Move to “Departed”", "Departed");
  // Withdrawal is no longer offered after departure.
  await expect(section.getByRole("button", { name: /withdraws/ })).toHaveCount(0);
  await expectAccessible(page);

  // Arrival creates the reintegration contact and monitoring tasks.
  const arrival = daysAgo(2);
  await openFacts(page);
  await fillDate(section, "Arrival date", arrival);
  await recordFacts(page);
  await takeStep(page, "Move to “Arrived”", "Arrived");
  await expect(section.getByText("Tasks created:")).toBeVisible();
  for (const [task, months] of [
    ["Returnee contacts the office in the country of origin", 1],
    ["Monitoring after 3 months", 3],
    ["Monitoring after 6 months", 6],
    ["Monitoring after 12 months", 12],
  ] as const) {
    await expect(
      section.getByText(`${task}, due ${monthsLater(arrival, months)}`, { exact: true }),
    ).toBeVisible();
  }
  await expect(section.getByText("Approved by Indrė Kazlauskaitė.")).toBeVisible();
  await expectAccessible(page);

  // The facts' history says what changed, from what to what.
  await section.getByText("History of the workflow facts").click();
  await expect(section.getByText(/Arrival date: changed from \(empty\)/)).toBeVisible();
  // The timeline shows the moves, newest first.
  await openCaseTab(page, "Timeline");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await timeline.getByRole("link", { name: "Workflow", exact: true }).click();
  await expect(timeline.getByRole("list").nth(1).getByRole("listitem").first()).toContainText(
    "moved the case to Arrived",
  );
  await expectAccessible(page);
});
