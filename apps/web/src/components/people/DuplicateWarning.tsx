"use client";

import type { DuplicateReason } from "@kelias/domain";
import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { RecordLink } from "@/components/RecordLink";
import { Button } from "@/components/ui/Button";

export interface Duplicates {
  matches: { id: string; name: string; reasons: DuplicateReason[] }[];
  outOfScope: boolean;
}

/**
 * The people who may already be the person being registered: those the caseworker can see, to
 * open instead; those they cannot, only announced. The caseworker decides.
 */
export function DuplicateWarning({
  result,
  headingRef,
  isPending,
  onContinue,
}: {
  result: Duplicates;
  headingRef: RefObject<HTMLHeadingElement | null>;
  isPending: boolean;
  onContinue: () => void;
}) {
  const t = useTranslations("duplicates");
  const askBeside = useTranslations("liveDuplicates");
  return (
    <section
      aria-labelledby="duplicates-title"
      className="rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="duplicates-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm">{t("intro")}</p>
      <DuplicateMatches matches={result.matches} className="mt-3" />
      {result.outOfScope ? <p className="mt-3 text-sm font-medium">{t("outOfScope")}</p> : null}
      {result.outOfScope ? <p className="mt-1 text-sm">{askBeside("askBeside")}</p> : null}
      <div className="mt-4">
        <Button type="button" variant="secondary" isDisabled={isPending} onPress={onContinue}>
          {t("continue")}
        </Button>
      </div>
    </section>
  );
}

/** The matches the caseworker may see, each a link to the person with why it matched. */
export function DuplicateMatches({
  matches,
  className,
}: {
  matches: Duplicates["matches"];
  className: string;
}) {
  const t = useTranslations("duplicates");
  if (matches.length === 0) return null;
  return (
    <ul className={`${className} flex flex-col gap-2`}>
      {matches.map((match) => (
        <li key={match.id} className="text-sm">
          <RecordLink
            href={`/people/${match.id}`}
            className="font-medium text-brand-800 underline dark:text-brand-200"
          >
            {t("open", { name: match.name })}
          </RecordLink>
          <span> · {match.reasons.map((r) => t(`reason.${r}`)).join("; ")}</span>
        </li>
      ))}
    </ul>
  );
}
