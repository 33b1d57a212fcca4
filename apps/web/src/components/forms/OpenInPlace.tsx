"use client";

import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/Button";

interface Props {
  /** The button's words ("Edit", "Withdraw"). */
  opener: string;
  /** The button's accessible name, naming the row it acts on. */
  label: string;
  /** The form shown instead of the button, given what closes it again. */
  children: (close: () => void) => ReactNode;
  className?: string;
}

/** A small button that opens a form in its place; the form closes itself when done or cancelled. */
export function OpenInPlace({ opener, label, children, className = "px-3 py-1" }: Props) {
  const [open, setOpen] = useState(false);
  if (open) return children(() => setOpen(false));
  return (
    <Button variant="secondary" className={className} aria-label={label} onPress={() => setOpen(true)}>
      {opener}
    </Button>
  );
}
