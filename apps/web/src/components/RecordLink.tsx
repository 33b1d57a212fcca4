import Link, { type LinkProps } from "next/link";
import type { AnchorHTMLAttributes } from "react";

/**
 * A link to a case or person. Never prefetched: opening a record is audited as a read, and a
 * prefetch would record reads that nobody made (and load personal data nobody asked for).
 */
export function RecordLink(props: Omit<LinkProps, "prefetch"> & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <Link {...props} prefetch={false} />;
}
