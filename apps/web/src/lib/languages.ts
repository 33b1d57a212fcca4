import { LANGUAGE_CODES } from "@kelias/domain";

/** Language names in the reader's language, from the platform's own data (Intl.DisplayNames). */
export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code) ?? code;
}

/** Every language, by name; two codes the platform names alike (Akan and Twi) get their code added. */
export function languageOptions(locale: string): { id: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  const collator = new Intl.Collator(locale);
  const options = LANGUAGE_CODES.map((code) => ({ id: code, label: names.of(code) ?? code }));
  const counts = new Map<string, number>();
  for (const o of options) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
  return options
    .map((o) => ((counts.get(o.label) ?? 0) > 1 ? { ...o, label: `${o.label} (${o.id})` } : o))
    .sort((a, b) => collator.compare(a.label, b.label));
}
