import type { ReactNode } from "react";

/** A section's form for adding a new entry, folded away under its title until opened. */
export function AddDisclosure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="mt-4">
      <summary className="cursor-pointer font-medium text-brand-700 underline dark:text-brand-300">
        {title}
      </summary>
      <div className="mt-3 max-w-2xl">{children}</div>
    </details>
  );
}
