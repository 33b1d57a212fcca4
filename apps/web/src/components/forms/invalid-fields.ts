/**
 * The fields of a form that hold an error, read from the page as it shows them: every field of
 * the app is a React Aria field, which marks itself `data-invalid`, names its label
 * `data-field-label` (ui/*Field) and renders its error as the `errorMessage` slot.
 */
export interface InvalidField {
  /** The id of the control to go to, for the summary's link. */
  id: string;
  label: string;
  /** The id of the field's error message, which describes the summary's link to it. */
  messageId: string;
  control: HTMLElement;
}

const FOCUSABLE =
  'input:not([type="hidden"]), textarea, select, button, [role="spinbutton"], [tabindex]:not([tabindex="-1"])';

/** The control of a field that the keyboard reaches first (a radio group's chosen or first button). */
function firstControl(field: HTMLElement): HTMLElement | null {
  for (const element of field.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    const hidden = element.closest('[aria-hidden="true"]') !== null;
    const disabled = (element as HTMLInputElement).disabled === true;
    if (!hidden && !disabled && element.tabIndex >= 0) return element;
  }
  return null;
}

function text(element: Element | null): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The invalid fields of `root`, in the order they are shown. */
export function invalidFields(root: HTMLElement): InvalidField[] {
  const fields: InvalidField[] = [];
  for (const field of root.querySelectorAll<HTMLElement>("[data-invalid]")) {
    // The parts of a field (its input, its radio buttons) are marked too: the field is the outermost.
    const outer = field.parentElement?.closest("[data-invalid]");
    if (outer && root.contains(outer)) continue;
    const control = firstControl(field);
    if (!control) continue;
    fields.push({
      id: control.id,
      label: text(field.querySelector("[data-field-label]")),
      messageId: field.querySelector('[slot="errorMessage"]')?.id ?? "",
      control,
    });
  }
  return fields;
}

/** Brings `element` to the middle of the window and gives it the focus. */
export function focusAndReveal(element: HTMLElement) {
  element.scrollIntoView({ block: "center" });
  element.focus({ preventScroll: true });
}
