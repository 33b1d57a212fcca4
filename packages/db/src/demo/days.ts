/** A day in milliseconds, for the demo's dates relative to the moment it is seeded. */
export const DAY = 86_400_000;

/** The calendar day (UTC) of an instant, as date columns take it (YYYY-MM-DD). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
