import Link from "next/link";

interface PageLink {
  href: string;
  label: string;
}

/** The links to other pages of a list; nothing while the list fits on one page. */
export function Pager({ label, links }: { label: string; links: readonly (PageLink | null)[] }) {
  const shown = links.filter((link): link is PageLink => link !== null);
  if (shown.length === 0) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-4 text-sm">
      {shown.map((link) => (
        <Link key={link.label} className="underline" href={link.href}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
