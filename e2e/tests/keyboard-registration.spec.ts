import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, tabTo } from "./support";

// A caseworker who uses only the keyboard registers a person: every control of the form is reached
// with Tab and Shift+Tab and operated with the keys a screen reader user would press.
test("a person is registered with the keyboard alone, errors first", async ({ page }) => {
  await signIn(page, "caseworker@example.org");
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();

  // The navigation, by keyboard: the first Tab reaches the skip link, then the menu's links.
  const register = page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Register a person" });
  await tabTo(page, register);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Register a person" })).toBeVisible();
  const submit = page.getByRole("button", { name: "Register person" });
  await expect(submit).toBeEnabled();

  // The focus stays on the link followed: Shift+Tab back to the skip link, which leads past the
  // header into the form.
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await tabTo(page, skip, { back: true });
  await page.keyboard.press("Enter");
  const givenName = page.getByLabel("Given name(s)", { exact: true });
  await tabTo(page, givenName, { max: 5 });

  // Submitting with nothing typed: the focus goes to the summary of what is wrong…
  await page.keyboard.press("Enter");
  const summary = page.getByRole("region", { name: /could not be registered/ });
  await expect(summary).toBeFocused();
  const firstError = summary.getByRole("link", { name: "Given name(s)", exact: true });
  await expect(firstError).toHaveAccessibleDescription("This field is required.");
  await expect(summary.getByRole("link", { name: "Sex", exact: true })).toBeVisible();
  await expectAccessible(page);

  // … whose first link leads to the first field in error.
  await page.keyboard.press("Tab");
  await expect(firstError).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(givenName).toBeFocused();
  await page.keyboard.type("Rūta");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Family name", { exact: true })).toBeFocused();
  await page.keyboard.type("Klaviatūraitė");
  // A step back and forth again: Shift+Tab returns to the given name as typed.
  await page.keyboard.press("Shift+Tab");
  await expect(givenName).toBeFocused();
  await expect(givenName).toHaveValue("Rūta");
  await page.keyboard.press("Tab");

  // The date of birth: known (the chosen radio button), typed in the field's own order (mm/dd/yyyy).
  const exact = page.getByRole("radio", { name: "Date of birth known" });
  await tabTo(page, exact, { max: 5 });
  await expect(exact).toBeChecked();
  await page.keyboard.press("Tab");
  const dateOfBirth = page.getByRole("group", { name: "Date of birth", exact: true });
  await expect(dateOfBirth.getByRole("spinbutton").first()).toBeFocused();
  await expect(page.getByText("As on a document. For example 03/21/1994.")).toBeVisible();
  await page.keyboard.type("03211994");

  // Sex: Tab enters the group at its first button although none is chosen; the arrows choose.
  await page.keyboard.press("Tab");
  const female = page.getByRole("radio", { name: "Female", exact: true });
  await expect(female).toBeFocused();
  await page.keyboard.press("Space");
  await expect(female).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Male", exact: true })).toBeChecked();
  await page.keyboard.press("ArrowUp");
  await expect(female).toBeChecked();

  // Gender keeps its default; the citizenship is chosen from its list with the arrows and Enter.
  const citizenship = page.getByRole("button", { name: /Citizenship 1/ });
  await tabTo(page, citizenship, { max: 6 });
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("listbox")).toBeVisible();
  await page.keyboard.type("Lithuania");
  await expect(page.getByRole("option", { name: "Lithuania", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(citizenship).toContainText("Lithuania");
  await expect(citizenship).toBeFocused();

  // The summary follows the fields: nothing is left to correct, so it is gone.
  await expect(summary).toBeHidden();

  await tabTo(page, submit);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Rūta Klaviatūraitė", level: 1 })).toBeVisible();
  await expectAccessible(page);
});
