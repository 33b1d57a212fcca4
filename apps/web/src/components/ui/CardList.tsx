import type { ReactNode } from "react";

const card = "rounded-md border border-slate-200 p-4 dark:border-slate-800";

interface Props<T> {
  /** The id of the section's heading, which labels the section. */
  id: string;
  title: string;
  /** Said in place of the list when there is nothing in it. */
  empty: string;
  items: readonly T[];
  /** The item's id: its card's key, and (prefixed) the id of its heading. */
  itemKey: (item: T) => string;
  /** The prefix of the card headings' ids (`${prefix}-${key}`), each labelling its card. */
  prefix: string;
  /** What a card shows: its heading, then the rest. */
  card: (item: T) => { heading: ReactNode; body: ReactNode };
  className?: string;
}

/**
 * A section of cards, one article an item, each labelled by its own heading: the lists of a
 * queue page (approvals, access requests), where each item is decided on where it stands.
 */
export function CardList<T>({ id, title, empty, items, itemKey, prefix, card: render, className }: Props<T>) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {items.length === 0 ? <p className="mt-2 text-sm">{empty}</p> : null}
      <ul className="mt-3 flex flex-col gap-4">
        {items.map((item) => {
          const key = itemKey(item);
          const { heading, body } = render(item);
          return (
            <li key={key} className={card}>
              <article aria-labelledby={`${prefix}-${key}`}>
                <h3 id={`${prefix}-${key}`} className="font-semibold">
                  {heading}
                </h3>
                {body}
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The facts of a card, as terms and their descriptions in two columns. */
export function CardFacts({ children }: { children: ReactNode }) {
  return (
    <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {children}
    </dl>
  );
}
