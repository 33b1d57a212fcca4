import { expect, type Page, test } from "@playwright/test";
import {
  choose,
  confirmDeparture,
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
/** The steps a family takes together, on its page. */
const familySteps = (page: Page) => page.getByRole("region", { name: "Steps the family takes together" });

/** Registers a person and opens their AVRR case; gives the case's reference and workflow address. */
async function registerWithCase(page: Page, givenName: string, familyName: string, born: string) {
  await navigate(page, "Register a person");
  await page.getByLabel("Given name(s)", { exact: true }).fill(givenName);
  await page.getByLabel("Family name", { exact: true }).fill(familyName);
  await fillDate(page, "Date of birth", born);
  await page.getByText("Female", { exact: true }).click();
  await choose(page, "Citizenship 1", "Georgia");
  await page.getByRole("button", { name: "Register person" }).click();
  await expect(page.getByRole("heading", { name: `${givenName} ${familyName}` })).toBeVisible();
  await choose(page, "Programme", "Assisted voluntary return and reintegration");
  await choose(page, "Entry point", "Self-referral");
  await page.getByRole("button", { name: "Open case" }).click();
  const heading = page.getByRole("heading", { name: /^Case AVRR-\d{4}-\d{5}$/ });
  await expect(heading).toBeVisible();
  const reference = ((await heading.textContent()) ?? "").replace("Case ", "");
  return { reference, url: page.url() };
}

/** A step of one member's own workflow (the steps the family does not take together). */
async function takeStep(page: Page, caseUrl: string, state: string) {
  await page.goto(`${caseUrl}/workflow`);
  const section = workflow(page);
  await section.getByRole("button", { name: `Move to “${state}”`, exact: true }).click();
  await section.getByRole("button", { name: "Confirm the move" }).click();
  await expect(
    section.getByRole("status").filter({ hasText: `The case moved to “${state}”.` }),
  ).toBeVisible();
}

/** Opens the facts form of the workflow (it opens on demand), unless it is open already. */
async function openFacts(page: Page) {
  const section = workflow(page);
  if (!(await section.getByRole("button", { name: "Record facts" }).isVisible())) {
    await section.getByText("Record workflow facts", { exact: true }).click();
  }
  await expect(section.getByRole("button", { name: "Record facts" })).toBeVisible();
}

async function saveFacts(page: Page) {
  const section = workflow(page);
  await section.getByRole("button", { name: "Record facts" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Facts recorded." })).toBeVisible();
}

/** What one member's eligibility guards read, recorded on their own case. */
async function satisfyEligibility(page: Page, caseUrl: string) {
  await page.goto(`${caseUrl}/workflow`);
  await openFacts(page);
  const section = workflow(page);
  await choose(page, "Eligibility criterion", "Expired visa or residence permit");
  await section.locator("label").filter({ hasText: "The decision on voluntary return is recorded" }).click();
  await choose(page, "Country of return", "Georgia");
  await saveFacts(page);
}

/** One member's own travel, recorded on the Travel tab of their case (the checklist's items). */
async function satisfyTravelReadiness(page: Page, caseUrl: string) {
  await page.goto(caseUrl);
  await recordTravel(page, DEPARTURE);
}

/** One member's departure, confirmed on their own case. */
async function satisfyDeparture(page: Page, caseUrl: string) {
  await page.goto(caseUrl);
  await confirmDeparture(page, DEPARTURE);
}

/** The day the family flies: today (a confirmed departure cannot be in the future). */
const DEPARTURE = daysAgo(1);

/** The family page's row of a member shows their state. */
async function expectStates(page: Page, familyUrl: string, names: string[], state: string) {
  await page.goto(familyUrl);
  for (const name of names) {
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(state);
  }
}

test("a family of two, from application through eligibility to departure, moved together", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  const mother = await registerWithCase(page, "Tamar", "Beridze", "1986-02-11");
  const daughter = await registerWithCase(page, "Ana", "Beridze", "2012-09-30");

  // The family is created from the mother's case, with the daughter's case by its reference.
  await page.goto(mother.url);
  await openCaseTab(page, "Family");
  await expect(page.getByText("This case belongs to no family.")).toBeVisible();
  const create = page.getByRole("form", { name: "Create a family with this case" });
  await create.getByLabel("Case reference of the member").fill(daughter.reference);
  await choose(page, "Relationship to the head", "child");
  await create.getByRole("button", { name: "Create the family" }).click();
  await expect(page.getByRole("heading", { name: "Family Beridze" })).toBeVisible();
  const familyUrl = page.url();
  await expect(page.getByRole("row", { name: /Ana Beridze/ })).toContainText("child");
  // No step is taken together from the application: each case moves to counselling on its own.
  await expect(familySteps(page).getByText("The family has no shared step")).toBeVisible();
  await expectAccessible(page);

  for (const member of [mother, daughter]) {
    await takeStep(page, member.url, "Eligibility and counselling");
    await satisfyEligibility(page, member.url);
  }

  // Eligibility is asked for the whole family at once; a manager approves each member's case.
  await page.goto(familyUrl);
  await familySteps(page).getByRole("button", { name: "Move the family to “Eligible”" }).click();
  await familySteps(page).getByRole("button", { name: "Ask for approval" }).click();
  await expect(familySteps(page).getByRole("status")).toHaveText("Approval was requested for each member.");
  await expect(page.getByText("Approval pending", { exact: true })).toHaveCount(2);
  const { context, page: manager } = await signInElsewhere(browser, "manager@example.org");
  await expect(manager.getByRole("heading", { name: "All cases in my programmes" })).toBeVisible();
  for (const member of [mother, daughter]) {
    await manager.goto(`${member.url}/workflow`);
    await workflow(manager).getByLabel("Reason for the decision").fill("Both permits expired.");
    await workflow(manager).getByRole("button", { name: "Approve" }).click();
    await expect(workflow(manager).getByRole("definition").filter({ hasText: "Eligible" })).toBeVisible();
  }
  await context.close();
  await expectStates(page, familyUrl, ["Tamar Beridze", "Ana Beridze"], "Eligible");

  for (const member of [mother, daughter]) await takeStep(page, member.url, "Travel documents");

  // Booking waits for every member's own travel: the page names who is missing what.
  await satisfyTravelReadiness(page, mother.url);
  await page.goto(familyUrl);
  const book = familySteps(page).getByRole("button", { name: "Move the family to “Travel booked”" });
  await expect(book).toBeDisabled();
  await expect(
    familySteps(page).getByText(new RegExp(`^Ana Beridze \\(${daughter.reference}\\): `)),
  ).toBeVisible();
  await expect(familySteps(page).getByText(/Tamar Beridze/)).toHaveCount(0);
  await expectAccessible(page);

  await satisfyTravelReadiness(page, daughter.url);
  await page.goto(familyUrl);
  await book.click();
  await familySteps(page).getByRole("button", { name: "Move the family", exact: true }).click();
  await expect(familySteps(page).getByRole("status")).toHaveText("The family moved to “Travel booked”.");
  await expectStates(page, familyUrl, ["Tamar Beridze", "Ana Beridze"], "Travel booked");

  for (const member of [mother, daughter]) await satisfyDeparture(page, member.url);
  await page.goto(familyUrl);
  await familySteps(page).getByRole("button", { name: "Move the family to “Departed”" }).click();
  await familySteps(page).getByRole("button", { name: "Move the family", exact: true }).click();
  await expect(familySteps(page).getByRole("status")).toHaveText("The family moved to “Departed”.");
  await expectStates(page, familyUrl, ["Tamar Beridze", "Ana Beridze"], "Departed");

  // Each member's case shows the family and links the other member.
  await page.goto(daughter.url);
  await openCaseTab(page, "Family");
  await expect(page.getByText("This person is in a family, as child.")).toBeVisible();
  await expect(page.getByRole("link", { name: mother.reference })).toBeVisible();
  await expectAccessible(page);
});
