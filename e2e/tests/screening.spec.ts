import { expect, test } from "@playwright/test";
import {
  choose,
  expectAccessible,
  fillDate,
  navigate,
  openCaseForFirstPerson,
  openCaseTab,
  signIn,
  signInElsewhere,
} from "./support";

test("a caseworker screens a labour migrant for trafficking and proposes; a counter-trafficking manager confirms", async ({
  page,
  browser,
}) => {
  // A long journey through three accounts: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();

  // A labour-migration case for the person of the first case.
  const sourceReference = await openCaseForFirstPerson(page, "Labour migration", "LM");
  await openCaseTab(page, "Workflow");

  // Screen for trafficking: a linked, restricted counter-trafficking case opens.
  const offer = page.getByRole("region", { name: "Trafficking screening" });
  await expectAccessible(page);
  // It asks first, saying what opening the case does.
  await offer.getByRole("button", { name: "Screen for trafficking" }).click();
  const confirm = offer.getByRole("region", { name: "Open a counter-trafficking case for this person?" });
  await expect(confirm.getByText(/The new case is restricted/)).toBeVisible();
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await offer.getByRole("button", { name: "Screen for trafficking" }).click();
  await offer.getByRole("button", { name: "Open the screening case" }).click();
  await expect(page.getByRole("heading", { name: /^Case CT-\d{4}-\d{5}$/ })).toBeVisible();
  // The new case opens on its workflow tab, where the screening is.
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]+\/workflow$/);
  const ctUrl = page.url();
  const screening = page.getByRole("region", { name: "Trafficking identification" });
  await expect(screening.getByText(`from case ${sourceReference}`)).toBeVisible();
  await expect(screening.getByTestId("identification-recommendation")).toContainText(
    "Not enough information",
  );
  // The person's recorded age came with them: the assessment does not fall back on the adult rule.
  await expect(
    screening.getByText(/^Age at the time of the act unknown: the adult rule applies until a date/),
  ).toHaveCount(0);
  // Not enough information suggests no status: none is chosen for the caseworker.
  const propose = screening.getByRole("form", { name: "Propose a status" });
  await expect(propose.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(propose.getByText(/does not point to a status yet/)).toBeVisible();
  await expectAccessible(page);

  // Ticking facts updates the assessment as it goes.
  await fillDate(screening, "Date of birth", "1990-04-02");
  await fillDate(screening, "Date of the act", "2025-06-01");
  await fillDate(screening, "Date of the screening", "2026-01-10");
  await screening.getByRole("group", { name: "Act" }).getByText("Recruitment", { exact: true }).click();
  await screening
    .getByRole("group", { name: "Purpose (exploitation)" })
    .getByText("Forced labour or services", { exact: true })
    .click();
  // Act and purpose, but an adult with no means yet: the means are what is missing.
  await expect(screening.getByTestId("identification-recommendation")).toContainText(
    "Not enough information",
  );
  await expect(screening.getByText("Means missing: nothing recorded yet.")).toBeVisible();
  await screening.getByRole("group", { name: "Means" }).getByText("Deception", { exact: true }).click();
  await screening.getByLabel("Evidence reference: Deception").fill("Job advert promised a warehouse job");
  await screening.getByText("The person said they agreed", { exact: true }).click();
  await expect(screening.getByTestId("identification-recommendation")).toContainText(
    "Possible victim of trafficking",
  );
  await expect(
    screening.getByText("The person said they agreed; consent is irrelevant because a means was used."),
  ).toBeVisible();
  // Now the assessment points to a status, and the proposal starts from it.
  await expect(
    propose.getByRole("radio", { name: "Presumed (possible) victim of trafficking" }),
  ).toBeChecked();
  await expect(screening.getByText(/Supported by: Deception \(evidence: Job advert/)).toBeVisible();
  await expectAccessible(page);

  await screening.getByRole("button", { name: "Save the screening" }).click();
  await expect(screening.getByText("Screening saved.")).toBeVisible();
  await screening.getByLabel("Why (optional)").fill("Deceived about the job; works unpaid.");
  await screening.getByRole("button", { name: "Propose", exact: true }).click();
  await expect(screening.getByText("Waiting for a decision")).toBeVisible();
  await expect(
    screening.getByText("You made this proposal: another counter-trafficking manager decides."),
  ).toBeVisible();
  await expectAccessible(page);

  // A manager of another programme does not see the case at all.
  const { context: otherContext, page: other } = await signInElsewhere(browser, "manager2@example.org");
  await expect(other.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  await other.goto(ctUrl);
  await expect(other.getByRole("heading", { name: "Not found" })).toBeVisible();
  await otherContext.close();

  // The counter-trafficking manager confirms with a reason: the reflection period starts.
  const { context: managerContext, page: manager } = await signInElsewhere(browser, "manager@example.org");
  await expect(manager.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  await manager.goto(ctUrl);
  const section = manager.getByRole("region", { name: "Trafficking identification" });
  await expect(section.getByText("Waiting for a decision")).toBeVisible();
  await expectAccessible(manager);
  await section.getByLabel("Written reason").fill("Deception and unpaid work are documented.");
  await section.getByRole("button", { name: "Record the decision" }).click();
  await expect(section.getByText("Reflection period", { exact: true })).toBeVisible();
  await expect(section.getByText(/confirmed “Presumed \(possible\) victim of trafficking”/)).toBeVisible();
  await expect(
    section.getByText("Deception and unpaid work are documented.", { exact: false }),
  ).toBeVisible();
  await expect(
    manager.getByText("Reflection period ends soon: review with the person").first(),
  ).toBeVisible();
  await expectAccessible(manager);
  await managerContext.close();
});

test("an administrator sets the reflection period of a country, and removes it", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  await navigate(page, "Reflection periods");
  await expect(page.getByRole("heading", { name: "Reflection periods", level: 1 })).toBeVisible();
  await expectAccessible(page);

  const add = page.getByRole("region", { name: "Add or change a country" });
  await choose(page, "Country", "Latvia");
  await add.getByLabel("Length (days)").fill("20");
  await add.getByRole("button", { name: "Save" }).click();
  await expect(add.getByText("At least 30 days: the Council of Europe minimum.")).toBeVisible();
  await add.getByLabel("Length (days)").fill("45");
  await add.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Latvia: 45 days")).toBeVisible();
  await expect(page.getByText(/set Latvia to 45 days/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Remove the length for Latvia" }).click();
  await expect(page.getByText("Latvia: 45 days")).toHaveCount(0);
  await expect(page.getByText(/removed Latvia/)).toBeVisible();
});
