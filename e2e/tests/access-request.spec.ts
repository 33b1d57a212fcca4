import { expect, type Page, test } from "@playwright/test";
import { choose, expectAccessible, fillDate, navigate, signIn, signInElsewhere } from "./support";

const PERSON = { given: "Gulnara", family: "Tashkentova", born: "1988-03-09" };

/** Fills the names and the date of birth of the registration form: what the live duplicate check needs. */
async function fillNamesAndBirth(page: Page) {
  await navigate(page, "Register a person");
  await expect(page.getByRole("heading", { name: "Register a person" })).toBeVisible();
  await page.getByLabel("Given name(s)", { exact: true }).fill(PERSON.given);
  await page.getByLabel("Family name", { exact: true }).fill(PERSON.family);
  await fillDate(page, "Date of birth", PERSON.born);
}

test("a caseworker who finds a person in another programme's case asks for access; the manager grants it; the case opens", async ({
  page,
  browser,
}) => {
  // A colleague registers the person and opens a labour migration case for them.
  const { context: colleagueContext, page: colleague } = await signInElsewhere(
    browser,
    "caseworker2@example.org",
  );
  await fillNamesAndBirth(colleague);
  await colleague.getByText("Female", { exact: true }).click();
  await choose(colleague, "Citizenship 1", "Uzbekistan");
  await colleague.getByRole("button", { name: "Register person" }).click();
  await expect(
    colleague.getByRole("heading", { level: 1, name: `${PERSON.given} ${PERSON.family}` }),
  ).toBeVisible();
  await choose(colleague, "Programme", "Labour migration");
  await choose(colleague, "Entry point", "Self-referral");
  await colleague.getByRole("button", { name: "Open case" }).click();
  const heading = colleague.getByRole("heading", { name: /^Case LM-\d{4}-\d{5}$/ });
  await expect(heading).toBeVisible();
  const reference = ((await heading.textContent()) ?? "").replace("Case ", "");
  // Signed out, so that the colleague's account keeps no session of this test.
  await colleague.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(colleague.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await colleagueContext.close();

  // The caseworker starts registering the same person: the check beside the form announces a
  // possible duplicate outside her cases, without saying who, and offers to ask for access.
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  await fillNamesAndBirth(page);
  const panel = page.getByRole("complementary", { name: "Already registered?" });
  await expect(panel.getByText("A possible duplicate exists outside your cases.")).toBeVisible();
  await expect(panel.getByRole("link")).toHaveCount(0);
  await expect(page.getByText(reference)).toHaveCount(0);
  await expectAccessible(page);
  await panel.getByRole("button", { name: "Ask for access" }).click();
  await panel
    .getByLabel("Why do you need access?")
    .fill("She came to us for help; the same name and birth date.");
  await panel.getByRole("button", { name: "Send the request" }).click();
  await expect(panel.getByText("Your request was sent.")).toBeVisible();
  await panel.getByRole("link", { name: "Follow it on Access requests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Access requests" })).toBeVisible();
  const mine = page.getByRole("region", { name: "Your requests (1)" });
  await expect(mine).toContainText("waiting for a decision");
  await expect(mine).not.toContainText(reference);
  await expectAccessible(page);

  // The labour migration manager grants it.
  const { context: managerContext, page: manager } = await signInElsewhere(browser, "manager2@example.org");
  await navigate(manager, "Access requests");
  const waiting = manager.getByRole("region", { name: "Waiting for your decision (1)" });
  await expect(waiting.getByRole("article", { name: new RegExp(reference) })).toContainText(
    "Rūta Petrauskienė",
  );
  await expectAccessible(manager);
  await waiting
    .getByRole("button", { name: `Grant the request of Rūta Petrauskienė for ${reference}` })
    .click();
  await expect(manager.getByText("No access requests are waiting for your decision.")).toBeVisible();
  await managerContext.close();

  // The caseworker sees the grant and opens the case.
  await page.reload();
  const granted = page.getByRole("region", { name: "Your requests (1)" });
  await expect(granted).toContainText("granted");
  await granted.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { name: `Case ${reference}` })).toBeVisible();
  await expectAccessible(page);
});

test("case-list filters live in the address and can be saved under a name", async ({ page }) => {
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
  await page.getByLabel("Only cases with overdue tasks").check();
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/overdue=1/);
  await page.getByText(/^Saved filters \(\d+\)$/).click();
  await page.getByLabel("Save these filters as").fill("My overdue cases");
  await page.getByRole("button", { name: "Save filters" }).click();
  const saved = page.getByRole("link", { name: "My overdue cases" });
  await expect(saved).toBeVisible();
  await expectAccessible(page);
  await page.goto("/cases");
  await page.getByText(/^Saved filters \(\d+\)$/).click();
  await page.getByRole("link", { name: "My overdue cases" }).click();
  await expect(page).toHaveURL(/\/cases\?overdue=1$/);
  await expect(page.getByLabel("Only cases with overdue tasks")).toBeChecked();
});
