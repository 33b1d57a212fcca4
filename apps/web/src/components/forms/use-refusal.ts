"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type RefusalReason, refusalReason } from "@/lib/api-errors";

/**
 * Why the API refused a save, and the way out of a stale one. A refusal never touches what the
 * user typed: showing the latest version refreshes the page's data around the form.
 */
export function useRefusal() {
  const router = useRouter();
  const [reason, setReason] = useState<RefusalReason | null>(null);
  const [reloaded, setReloaded] = useState(false);
  return {
    reason,
    reloaded,
    /** A new attempt starts: the last one's outcome is no longer news. */
    clear() {
      setReason(null);
      setReloaded(false);
    },
    fail(error: unknown) {
      setReason(refusalReason(error));
      setReloaded(false);
    },
    succeed() {
      setReason(null);
      setReloaded(false);
      router.refresh();
    },
    /** After a stale save: shows the latest version of the page, keeping what was typed. */
    reload() {
      setReason(null);
      setReloaded(true);
      router.refresh();
    },
  };
}

export type Refusal = ReturnType<typeof useRefusal>;
