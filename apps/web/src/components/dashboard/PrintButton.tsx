"use client";

import { Button } from "@/components/ui/Button";

/** Opens the browser's print dialog for the report (the page's print styles leave only the report). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onPress={() => window.print()}>
      {label}
    </Button>
  );
}
