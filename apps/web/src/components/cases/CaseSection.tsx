import { clsx } from "clsx";
import type { ReactNode } from "react";
import { panel } from "./record-format";

interface Props {
  /** The heading's id, which names the section for assistive technology. */
  id: string;
  title: string;
  /** A line under the heading saying what the section holds. */
  intro?: ReactNode;
  /** The space above the panel; none where it sits in a grid. */
  spacing?: "mt-6" | "none";
  children: ReactNode;
}

/** One section of the case page: a panel headed by its title (h2), which names it. */
export function CaseSection({ id, title, intro, spacing = "mt-6", children }: Props) {
  return (
    <section aria-labelledby={id} className={clsx(spacing === "mt-6" && "mt-6", panel)}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{intro}</p> : null}
      {children}
    </section>
  );
}
