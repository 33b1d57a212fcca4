import { expect, type Page, test } from "@playwright/test";
import { choose, expectAccessible, expectNoSidewaysScroll, fillDate, signIn } from "./support";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true });

/** The header's menu button, and what it shows. */
function menu(page: Page) {
  return {
    button: page.getByRole("button", { name: "Menu" }),
    navigation: page.getByRole("navigation", { name: "Main navigation" }),
  };
}

async function openFromMenu(page: Page, link: string) {
  const { button, navigation } = menu(page);
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await navigation.getByRole("link", { name: link }).click();
  // Following a link closes the menu.
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(navigation).toBeHidden();
}

test("on a phone: sign in, the menu, my cases, a case, the people list and a registration", async ({
  page,
}) => {
  await signIn(page, "caseworker@example.org");
  const heading = page.getByRole("heading", { name: "My cases", level: 1 });
  await expect(heading).toBeVisible();
  await expectAccessible(page);

  // The header is one row: the content starts near the top, the menu folded away.
  const { button, navigation } = menu(page);
  await expect(navigation).toBeHidden();
  expect((await heading.boundingBox())?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(220);
  await expectNoSidewaysScroll(page);

  // The menu opens and shows the navigation and the account's controls; Escape closes it.
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(navigation.getByRole("link", { name: "People" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();

  // My cases: the table scrolls inside its own box, not the page.
  await openFromMenu(page, "My cases");
  const cases = page.getByRole("group", { name: "My cases", exact: true });
  await expect(cases.getByRole("table")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await cases.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Case / })).toBeVisible();
  await expectAccessible(page);

  await openFromMenu(page, "People");
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  await expect(page.getByRole("group", { name: "People", exact: true }).getByRole("table")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await openFromMenu(page, "Register a person");
  await expect(page.getByRole("heading", { name: "Register a person" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByLabel("Given name(s)", { exact: true }).fill("Jonas");
  await page.getByLabel("Family name", { exact: true }).fill("Telefonas");
  await fillDate(page, "Date of birth", "1985-11-02");
  await page.getByText("Male", { exact: true }).click();
  await choose(page, "Citizenship 1", "Ukraine");
  await page.getByRole("button", { name: "Register person" }).click();
  await expect(page.getByRole("heading", { name: "Jonas Telefonas", level: 1 })).toBeVisible();
  await expectAccessible(page);
});
