import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";

/** Every page a test visits is checked: no serious or critical accessibility violation. */
export async function expectAccessible(page: Page) {
  // The title is streamed with the page's metadata: checked once it is there (never there fails).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `accessibility violations on ${page.url()}`,
  ).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Follows a link of the main navigation. */
export async function navigate(page: Page, link: string) {
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: link }).click();
}

/** Someone else signed in, in a browser of their own: close `context` when done with `page`. */
export async function signInElsewhere(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/**
 * Adds an AVRR caseworker through the "Add a user" form of the admin's users page, and gives the
 * set-password link the page shows for them.
 */
export async function addCaseworker(page: Page, name: string, email: string): Promise<string> {
  const add = page.getByRole("region", { name: "Add a user" });
  await add.getByLabel("Name", { exact: true }).fill(name);
  await add.getByLabel("Email", { exact: true }).fill(email);
  await add.getByRole("checkbox", { name: "Caseworker" }).check({ force: true });
  await add
    .getByRole("checkbox", { name: "Assisted voluntary return and reintegration" })
    .check({ force: true });
  await add.getByRole("button", { name: "Add user" }).click();
  const link = page.getByTestId("set-password-link");
  await expect(link).toContainText("/set-password?token=");
  return (await link.textContent())?.trim() ?? "";
}

/**
 * Opens a case in `programme` for the person of the first case the page lists (a caseworker's "My
 * cases"), and gives its reference, which starts with `prefix` (SA for social assistance, say).
 */
export async function openCaseForFirstPerson(page: Page, programme: string, prefix: string): Promise<string> {
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Case / })).toBeVisible();
  await page.getByRole("link", { name: "Open the person's page" }).click();
  await choose(page, "Programme", programme);
  await choose(page, "Entry point", "Self-referral");
  await page.getByRole("button", { name: "Open case" }).click();
  const heading = page.getByRole("heading", { name: new RegExp(`^Case ${prefix}-\\d{4}-\\d{5}$`) });
  await expect(heading).toBeVisible();
  return ((await heading.textContent()) ?? "").replace("Case ", "");
}

/** Picks an option of a React Aria select by its visible label. */
export async function choose(page: Page, label: string, option: string) {
  const item = page.getByRole("option", { name: option, exact: true });
  // Retried: a click that lands before the page is interactive opens nothing.
  await expect(async () => {
    await page.getByRole("button", { name: new RegExp(label) }).click();
    await expect(item).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await item.click();
}

/**
 * A second administrator confirms the handover of an account the first one opened (its link was
 * shown to the first, since the tests run without a mail server).
 */
export async function confirmHandover(browser: Browser, name: string) {
  const { context, page: admin } = await signInElsewhere(browser, "admin2@example.org");
  await expect(admin.getByRole("heading", { name: "Users", exact: true })).toBeVisible();
  await admin.getByLabel("Name or email").fill(name);
  await admin.getByRole("button", { name: "Search", exact: true }).click();
  await expect(admin.getByText("1 user", { exact: true })).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(name) })).toContainText("Handover pending");
  await admin.getByRole("button", { name: `Confirm the handover of ${name}` }).click();
  await expect(admin.getByText(`The handover of ${name} is confirmed`)).toBeVisible();
  await context.close();
}

/**
 * Opens a tab of the case page ("Tasks", "Timeline") by its link in the case's section navigation,
 * and waits until it is the current one.
 */
export async function openCaseTab(page: Page, tab: string) {
  const sections = page.getByRole("navigation", { name: "Case sections" });
  await sections.getByRole("link", { name: tab, exact: true }).click();
  await expect(sections.getByRole("link", { name: tab, exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
}

/**
 * Types an ISO date (`1994-03-21`) into the date field labelled `label` in `scope`, segment by
 * segment (month, day and year are each a spin button of the React Aria date field).
 */
export async function fillDate(scope: Page | Locator, label: string, iso: string) {
  const [year, month, day] = iso.split("-") as [string, string, string];
  const field = scope.getByRole("group", { name: label, exact: true });
  for (const [segment, value] of [
    ["month", month],
    ["day", day],
    ["year", year],
  ] as const) {
    const spin = field.getByRole("spinbutton", { name: new RegExp(`^${segment}`, "i") });
    // Retried: keys typed before the page is interactive go nowhere.
    await expect(async () => {
      await spin.click();
      await spin.page().keyboard.type(value);
      await expect(spin).toHaveText(value, { timeout: 1_000 });
    }).toPass();
  }
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, at most `max` times. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

/** The page does not scroll sideways: everything fits the window's width. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `the page scrolls sideways on ${page.url()}`).toBeLessThanOrEqual(0);
}

/**
 * Records on the Travel tab what the travel-ready checklist needs: an issued passport, the medical
 * clearance, and one flight leaving on `departure`; the checklist then ticks every item before departure.
 */
export async function recordTravel(page: Page, departure: string) {
  await openCaseTab(page, "Travel");
  const checklist = page.getByRole("region", { name: "Travel-ready checklist" });
  await expect(
    checklist.getByText("Record a valid travel document (issued, with its expiry date)."),
  ).toBeVisible();
  await expectAccessible(page);
  const documents = page.getByRole("region", { name: "Travel documents", exact: true });
  await choose(page, "Status", "Issued");
  await documents.getByLabel("Document number").fill("UA1234567");
  await fillDate(documents, "Issued on", "2021-03-01");
  await fillDate(documents, "Valid until", "2031-02-28");
  await documents.getByRole("button", { name: "Add a travel document" }).click();
  await expect(documents.getByText("Passport · Issued")).toBeVisible();
  const fitness = page.getByRole("region", { name: "Fitness to travel", exact: true });
  await choose(page, "Medical clearance", "Cleared to travel");
  await fillDate(fitness, "Date of the clearance", daysAgo(10));
  await fitness.getByLabel("Cleared (or refused) by").fill("Dr. Rūta Jankauskienė");
  await fitness.getByRole("button", { name: "Save" }).click();
  await expect(fitness.getByRole("definition").filter({ hasText: "Cleared to travel" })).toBeVisible();
  const itinerary = page.getByRole("region", { name: "Itinerary", exact: true });
  await itinerary.getByLabel("Carrier").fill("LOT Polish Airlines");
  await itinerary.getByLabel("Flight number").fill("LO772");
  await itinerary.getByLabel("From (airport code)").fill("VNO");
  await itinerary.getByLabel("To (airport code)").fill("WAW");
  await itinerary.getByLabel("Departs (local time)").fill(`${departure}T06:10`);
  await itinerary.getByLabel("Arrives (local time)").fill(`${departure}T07:20`);
  await itinerary.getByRole("button", { name: "Add a flight" }).click();
  await expect(itinerary.getByText("LO772 VNO–WAW · LOT Polish Airlines")).toBeVisible();
  await expect(checklist.getByText("Ready to book: every item before departure is ticked.")).toBeVisible();
  await expectAccessible(page);
}

/** An ISO date some days before today (the arrival cannot be in the future). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Confirms on the Travel tab that the person left on `day`; the checklist then ticks everything. */
export async function confirmDeparture(page: Page, day: string) {
  await openCaseTab(page, "Travel");
  const leaving = page.getByRole("region", { name: "Departure", exact: true });
  await fillDate(leaving, "Departed on", day);
  await leaving.getByLabel("Confirmed by").fill("Airport assistant, IOM Vilnius");
  await leaving.getByRole("button", { name: "Confirm the departure" }).click();
  await expect(page.getByRole("region", { name: "Travel-ready checklist" }).getByText("✗")).toHaveCount(0);
}
