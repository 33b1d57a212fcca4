import { expect, test } from "@playwright/test";
import {
  choose,
  expectAccessible,
  fillDate,
  navigate,
  openCaseForFirstPerson,
  openCaseTab,
  signIn,
} from "./support";

/** A date some days from today, as the date fields take it (YYYY-MM-DD). */
function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a caseworker keeps the case record: notes, consent, referral, tasks, timeline; a stale edit is refused", async ({
  page,
}) => {
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();

  // My tasks is in the navigation, overdue tasks first.
  await navigate(page, "My tasks");
  await expect(page.getByRole("heading", { name: "My tasks" })).toBeVisible();
  await expectAccessible(page);
  await navigate(page, "My cases");

  // A new social-assistance case for the person of the first case: a record with nothing on it.
  const reference = await openCaseForFirstPerson(page, "Social assistance to migrants", "SA");
  // The browser title names the case and the tab; each tab has its own address.
  await expect(page).toHaveTitle(`Overview · ${reference} · Kelias`);
  const overviewUrl = page.url();
  await expectAccessible(page);
  await openCaseTab(page, "Notes");
  await expect(page).toHaveURL(`${overviewUrl}/notes`);
  await expect(page).toHaveTitle(`Notes · ${reference} · Kelias`);
  const caseUrl = page.url();
  await expect(page.getByText("No notes yet.")).toBeVisible();
  await expectAccessible(page);
  // Back and forward move between the tabs.
  await page.goBack();
  await expect(page).toHaveTitle(`Overview · ${reference} · Kelias`);
  await page.goForward();
  await expect(page).toHaveTitle(`Notes · ${reference} · Kelias`);

  // A note, then an edit that keeps the first text. The form opens on demand.
  const notes = page.getByRole("region", { name: "Notes" });
  await notes.getByText("Add a note").click();
  await notes.getByLabel("New note").fill("First call: she wants to stay until the end of the school year.");
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(
    notes.getByText("First call: she wants to stay until the end of the school year."),
  ).toBeVisible();
  await expect(notes.getByLabel("New note")).toHaveValue("");

  await notes.getByRole("button", { name: /^Edit note of/ }).click();
  await notes.getByLabel("Note text").fill("First call: she wants to stay until the end of June.");
  await notes.getByRole("button", { name: "Save note" }).click();
  await expect(notes.getByText("First call: she wants to stay until the end of June.")).toBeVisible();
  await notes.getByText("1 earlier version").click();
  await expect(
    notes.getByText("First call: she wants to stay until the end of the school year."),
  ).toBeVisible();
  await expectAccessible(page);

  // A referral without consent is refused, and says why.
  await openCaseTab(page, "Referrals and consents");
  const referrals = page.getByRole("region", { name: "Referrals" });
  await referrals.getByText("Refer to a partner").click();
  await choose(page, "Partner organisation", "Šviesos tiltas");
  await referrals.getByLabel("Reason for the referral").fill("Counselling in Russian for her and her son.");
  await referrals.getByRole("button", { name: "Refer", exact: true }).click();
  await expect(referrals.getByRole("alert")).toContainText("No consent on file covers this referral");
  // What was typed stays.
  await expect(referrals.getByLabel("Reason for the referral")).toHaveValue(
    "Counselling in Russian for her and her son.",
  );
  await expectAccessible(page);

  // The consent, with the HTCDS checklist.
  const consents = page.getByRole("region", { name: "Consents" });
  await consents.getByText("Record a consent").click();
  await choose(page, "Purpose", "Referral to partner organisations");
  for (const item of [
    "Agreed to the interview",
    "Purpose explained",
    "Uses of the data explained",
    "Told of the right to access their data",
    "Told how long the data is kept",
    "Told how to withdraw consent",
  ]) {
    await consents.getByText(item, { exact: true }).click();
  }
  await consents.getByLabel("Consent note").fill("Explained with an interpreter.");
  await consents.getByRole("button", { name: "Record consent" }).click();
  await expect(consents.getByText("Valid", { exact: true })).toBeVisible();
  await expect(consents.getByText("Covers any partner of the registry")).toBeVisible();
  await expectAccessible(page);

  // Now the referral goes through.
  await referrals.getByRole("button", { name: "Refer", exact: true }).click();
  await expect(referrals.getByText("To Šviesos tiltas")).toBeVisible();
  await expect(referrals.getByText("Status: Sent")).toBeVisible();

  // A task that is overdue, ticked; the header names the next task due.
  await openCaseTab(page, "Tasks");
  const tasks = page.getByRole("region", { name: "Tasks" });
  await tasks.getByLabel("New task").fill("Call Šviesos tiltas about the first appointment");
  await fillDate(tasks, "Due date", isoDaysFromNow(-2));
  await tasks.getByRole("button", { name: "Add task" }).click();
  const task = tasks.getByRole("checkbox", { name: "Call Šviesos tiltas about the first appointment" });
  await expect(task).not.toBeChecked();
  await expect(tasks.getByText("Overdue")).toBeVisible();
  await tasks.getByText("Call Šviesos tiltas about the first appointment", { exact: true }).click();
  await expect(task).toBeChecked();
  await expect(tasks.getByText(/done by Rūta/)).toBeVisible();
  await expect(tasks.getByText("Overdue")).toHaveCount(0);

  // The timeline tells who did what, newest first, and narrows to one kind.
  await openCaseTab(page, "Timeline");
  await expect(page).toHaveTitle(`Timeline · ${reference} · Kelias`);
  const timeline = page.getByRole("region", { name: "Timeline" });
  // The kinds are the first list, the events the second.
  const firstEvent = timeline.getByRole("list").nth(1).getByRole("listitem").first();
  await expect(firstEvent).toContainText("ticked a task");
  await expect(timeline.getByText("added a note")).toBeVisible();
  await expect(timeline.getByText("edited a note")).toBeVisible();
  await expect(timeline.getByText("recorded a consent: Referral to partner organisations")).toBeVisible();
  await expect(
    timeline.getByText("Rūta Petrauskienė referred the person to a partner", { exact: true }),
  ).toBeVisible();
  // The refused attempt is on the timeline too.
  await expect(
    timeline.getByText("Rūta Petrauskienė referred the person to a partner refused"),
  ).toBeVisible();
  await expect(timeline.getByText("ticked a task")).toBeVisible();
  await timeline.getByRole("link", { name: "Show views too" }).click();
  await expect(timeline.getByText("viewed the case").first()).toBeVisible();
  await expectAccessible(page);
  await timeline.getByRole("link", { name: "Notes", exact: true }).click();
  await expect(page).toHaveURL(/\/timeline\?include=all&kind=notes$/);
  await expect(timeline.getByText("added a note")).toBeVisible();
  await expect(timeline.getByText("ticked a task")).toHaveCount(0);
  await expect(timeline.getByRole("link", { name: "Notes", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // Two tabs on the same note: the second save is stale, refused with the message, the text kept.
  const second = await page.context().newPage();
  await second.goto(caseUrl);
  const secondNotes = second.getByRole("region", { name: "Notes" });
  await expect(secondNotes.getByText("First call: she wants to stay until the end of June.")).toBeVisible();

  await openCaseTab(page, "Notes");
  await notes.getByRole("button", { name: /^Edit note of/ }).click();
  await notes.getByLabel("Note text").fill("Edited in the first tab.");
  await notes.getByRole("button", { name: "Save note" }).click();
  await expect(notes.getByText("Edited in the first tab.")).toBeVisible();

  await secondNotes.getByRole("button", { name: /^Edit note of/ }).click();
  await secondNotes.getByLabel("Note text").fill("Edited in the second tab.");
  await secondNotes.getByRole("button", { name: "Save note" }).click();
  await expect(secondNotes.getByRole("alert")).toContainText("Someone else changed this case meanwhile");
  await expect(secondNotes.getByLabel("Note text")).toHaveValue("Edited in the second tab.");
  await expectAccessible(second);
  await secondNotes.getByRole("button", { name: "Show the latest version" }).click();
  await expect(secondNotes.getByText("Edited in the first tab.")).toBeVisible();
  await expect(secondNotes.getByLabel("Note text")).toHaveValue("Edited in the second tab.");
  await second.close();

  // My tasks lists open tasks of my cases; the ticked one is gone.
  await navigate(page, "My tasks");
  await expect(page.getByRole("heading", { name: "My tasks" })).toBeVisible();
  await expect(page.getByText("Call Šviesos tiltas about the first appointment")).toHaveCount(0);
  await expectAccessible(page);
});

test("an administrator keeps the partner registry", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await navigate(page, "Partners");
  await expect(page.getByRole("heading", { name: "Partner organisations" })).toBeVisible();
  await expect(page.getByText("Neries šeimos klinika")).toBeVisible();
  await expectAccessible(page);

  // Submitting empty says what is missing, next to the fields.
  const form = page.getByRole("region", { name: "Add a partner" });
  await form.getByRole("button", { name: "Add partner" }).click();
  await expect(form.getByText("This field is required.").first()).toBeVisible();

  await form.getByLabel("Name", { exact: true }).fill("Kauno migrantų centras");
  await choose(page, "Kind", "Non-governmental organisation");
  await form.getByLabel("City").fill("Kaunas");
  await form.getByText("Interpretation", { exact: true }).click();
  await form.getByRole("button", { name: "Add partner" }).click();
  // The registry's entry (it has the edit controls), not the change history's line about it.
  const added = page
    .getByRole("listitem")
    .filter({ hasText: "Kauno migrantų centras" })
    .filter({ has: page.getByRole("button") });
  await expect(added).toContainText("Interpretation");

  await added.getByRole("button", { name: "Edit Kauno migrantų centras" }).click();
  await added.getByText("Active (offered for new referrals)").click();
  await added.getByRole("button", { name: "Save partner" }).click();
  await expect(added).toContainText("(inactive)");
  await expectAccessible(page);
});
