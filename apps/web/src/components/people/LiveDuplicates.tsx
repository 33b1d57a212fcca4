"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type SyntheticEvent, useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useWatch } from "react-hook-form";
import { AskForAccess } from "@/components/access-requests/AskForAccess";
import { useTRPC } from "@/trpc/client";
import { DuplicateMatches, type Duplicates } from "./DuplicateWarning";
import { type DuplicateCandidateValues, duplicateCandidate } from "./duplicate-candidate";
import type { PersonControl } from "./person-form/control";

/** The element beside the registration form the panel is shown in (the registration page has it). */
export const LIVE_DUPLICATES_SLOT = "live-duplicates";

/** What happens in the panel stays there: its own form's events never reach the registration's. */
const contain = (event: SyntheticEvent) => event.stopPropagation();

/** How long the form must rest before the check runs: typing a name is not a check per letter. */
const DEBOUNCE_MS = 700;

const WATCHED = [
  "givenName",
  "familyName",
  "givenNameLatin",
  "familyNameLatin",
  "birthMode",
  "dateOfBirth",
  "estimatedAge",
  "citizenships",
  "documents",
] as const;

/**
 * The duplicate check while the registration is filled in: once both names and a date of birth (or
 * an estimated age) are there, and again whenever they, the citizenships or a document number
 * change, it shows the people who may already be on record beside the form (those outside the
 * caseworker's cases only announced, with the way to ask for access). The check on submit stays.
 */
export function LiveDuplicates({ control }: { control: PersonControl }) {
  // The panel is placed in the DOM beside the form (never inside it: it holds a form of its own),
  // while it reads the registration form's fields from its place in the React tree.
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById(LIVE_DUPLICATES_SLOT)), []);
  return slot
    ? createPortal(
        <div onSubmit={contain} onReset={contain}>
          <LivePanel control={control} />
        </div>,
        slot,
      )
    : null;
}

function LivePanel({ control }: { control: PersonControl }) {
  const t = useTranslations("liveDuplicates");
  const td = useTranslations("duplicates");
  const trpc = useTRPC();
  const watched = useWatch({ control, name: WATCHED });
  const values = Object.fromEntries(WATCHED.map((name, i) => [name, watched[i]])) as DuplicateCandidateValues;
  const candidate = duplicateCandidate(values);
  const key = candidate ? JSON.stringify(candidate) : null;
  const [result, setResult] = useState<{ key: string; value: Duplicates } | null>(null);
  const [failed, setFailed] = useState(false);
  const check = useMutation(trpc.person.checkDuplicates.mutationOptions());
  const { mutateAsync } = check;

  useEffect(() => {
    if (key === null) return;
    const timer = setTimeout(() => {
      mutateAsync(JSON.parse(key))
        .then((value) => {
          setFailed(false);
          setResult({ key, value });
        })
        .catch(() => setFailed(true));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, mutateAsync]);

  const shown = result && result.key === key ? result.value : null;
  const found = shown && (shown.matches.length > 0 || shown.outOfScope);
  return (
    <aside
      aria-labelledby="live-duplicates-title"
      className="rounded-md border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="live-duplicates-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div aria-live="polite" className="mt-2 text-sm">
        {key === null ? <p>{t("waiting")}</p> : null}
        {key !== null && !shown && !failed ? <p>{t("checking")}</p> : null}
        {key !== null && failed ? <p>{t("failed")}</p> : null}
        {shown && !found ? <p>{t("none")}</p> : null}
        {shown && found ? <p className="font-medium">{t("found")}</p> : null}
      </div>
      {shown ? <DuplicateMatches matches={shown.matches} className="mt-2" /> : null}
      {shown?.outOfScope && candidate ? (
        <div className="mt-3 text-sm">
          <p className="font-medium">{td("outOfScope")}</p>
          <AskForAccess candidate={candidate} idPrefix="live" />
        </div>
      ) : null}
    </aside>
  );
}
