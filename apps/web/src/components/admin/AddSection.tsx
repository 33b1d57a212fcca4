import type { ReactNode } from "react";

interface Props {
  /** The heading's id, which names the section for assistive technology. */
  id: string;
  title: string;
  /** How wide the form may grow. */
  width: "max-w-2xl" | "max-w-3xl";
  children: ReactNode;
}

/** The form for adding an entry, under the list of an admin page. */
export function AddSection({ id, title, width, children }: Props) {
  return (
    <section aria-labelledby={id} className={`mt-8 ${width}`}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}
