/** A risk level as a badge: the colour repeats the word, never replaces it. */
export function RiskBadge({ level, label }: { level: string; label: string }) {
  const tone =
    level === "high"
      ? "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50"
      : level === "medium"
        ? "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-50"
        : "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50";
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${tone}`}>{label}</span>;
}
