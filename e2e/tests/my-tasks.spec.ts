import { expect, test } from "@playwright/test";
import { choose, expectAccessible, fillDate, navigate, openCaseTab, signIn } from "./support";

/** A date some days from today in the office (Vilnius), as the date fields take it (YYYY-MM-DD). */
function isoDaysFromNow(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Vilnius" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

test("My tasks filters by due date and programme, names the person; This week and the calendar feed show the appointment", async ({
  page,
}) => {
  // Six pages, each with its accessibility check, and the calendar feed.
  test.setTimeout(120_000);
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();

  // A new social-assistance case for the person of the first case listed.
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Case / })).toBeVisible();
  await page.getByRole("link", { name: "Open the person's page" }).first().click();
  await expect(page.getByRole("button", { name: "Open case" })).toBeVisible();
  const person = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
  await choose(page, "Programme", "Social assistance to migrants");
  await choose(page, "Entry point", "Self-referral");
  await page.getByRole("button", { name: "Open case" }).click();
  const heading = page.getByRole("heading", { name: /^Case SA-\d{4}-\d{5}$/ });
  await expect(heading).toBeVisible();
  const reference = ((await heading.textContent()) ?? "").replace("Case ", "");

  // Three tasks: overdue and urgent, due today, due in a month.
  await openCaseTab(page, "Tasks");
  const tasks = page.getByRole("region", { name: "Tasks" });
  const addTask = async (title: string, due: string) => {
    await tasks.getByLabel("New task").fill(title);
    await fillDate(tasks, "Due date", due);
    await tasks.getByRole("button", { name: "Add task" }).click();
    await expect(tasks.getByRole("checkbox", { name: title })).toBeVisible();
  };
  await choose(page, "Priority", "High");
  await addTask("Send the rent contract to the municipality", isoDaysFromNow(-3));
  await addTask("Call the school about enrolment", isoDaysFromNow(0));
  await addTask("Check the benefit decision", isoDaysFromNow(30));
  await expect(
    tasks.getByRole("listitem").filter({ hasText: "Send the rent contract to the municipality" }),
  ).toContainText("High");

  // An appointment today, in office time.
  const appointments = page.getByRole("region", { name: "Appointments" });
  await appointments.getByText("Plan an appointment").click();
  await choose(page, "Kind", "Counselling session");
  await appointments.getByLabel("Time", { exact: true }).fill("10:30");
  await appointments.getByLabel("Place", { exact: true }).fill("Office, room 4");
  await appointments.getByRole("button", { name: "Add appointment" }).click();
  await expect(appointments.getByText("Office, room 4")).toBeVisible();
  await expectAccessible(page);

  // My tasks: the person's name beside the reference.
  await navigate(page, "My tasks");
  await expect(page.getByRole("heading", { name: "My tasks" })).toBeVisible();
  const row = page.getByRole("row", { name: /Send the rent contract to the municipality/ });
  await expect(row).toContainText(reference);
  await expect(row).toContainText(person);
  await expect(row).toContainText("High");
  await expectAccessible(page);

  // Overdue only: the filter lives in the address.
  await page.getByLabel("Due", { exact: true }).selectOption("overdue");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/due=overdue/);
  await expect(page.getByText("Send the rent contract to the municipality")).toBeVisible();
  await expect(page.getByText("Call the school about enrolment")).toHaveCount(0);
  await expectAccessible(page);

  // Due this week: overdue and today's, not next month's.
  await page.getByLabel("Due", { exact: true }).selectOption("week");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/due=week/);
  await expect(page.getByText("Call the school about enrolment")).toBeVisible();
  await expect(page.getByText("Send the rent contract to the municipality")).toBeVisible();
  await expect(page.getByText("Check the benefit decision")).toHaveCount(0);

  // Another programme: none of these.
  await page.getByLabel("Due", { exact: true }).selectOption("");
  await page.getByLabel("Programme", { exact: true }).selectOption("avrr");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/programme=avrr/);
  await expect(page.getByText("Check the benefit decision")).toHaveCount(0);
  await page.getByLabel("Programme", { exact: true }).selectOption("social_assistance");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Check the benefit decision")).toBeVisible();
  await expectAccessible(page);

  // This week: the appointment, with its case.
  await navigate(page, "This week");
  await expect(page.getByRole("heading", { name: "This week", level: 1 })).toBeVisible();
  // The innermost item: the appointment itself (the day around it is an item too).
  const item = page.getByRole("listitem").filter({ hasText: "Office, room 4" }).last();
  await expect(item).toContainText("10:30");
  await expect(item).toContainText("Counselling session");
  await expect(item.getByRole("link", { name: reference })).toBeVisible();
  await expectAccessible(page);

  // The private calendar feed: the kind and the reference, never the person's name; revoked, gone.
  await navigate(page, "Account security");
  const feed = page.getByRole("region", { name: "Calendar subscription" });
  await feed.getByRole("button", { name: "Make a subscription address" }).click();
  const url = ((await page.getByTestId("calendar-feed-url").textContent()) ?? "").trim();
  await expectAccessible(page);
  const ics = await page.request.get(url);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const body = await ics.text();
  expect(body).toContain(`SUMMARY:Counselling session · ${reference}`);
  expect(body).not.toContain(person);
  await feed.getByRole("button", { name: "End the subscription" }).click();
  await expect(feed.getByText("The subscription has ended")).toBeVisible();
  expect((await page.request.get(url)).status()).toBe(404);
});
