"use client";

import type { IdentificationAssessment } from "@kelias/domain";
import { IDENTIFICATION_ELEMENTS } from "@kelias/domain";
import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { explanationText, factLabel } from "./explanation";

const RECOMMENDATION_STYLE = {
  PossibleVictimOfTrafficking:
    "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50",
  NotEnoughInformation:
    "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50",
  NoIndicationOfTrafficking:
    "border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-50",
} as const;

/**
 * The assessment of the facts: the recommendation, each element met or missing with the facts and
 * evidence behind it, the child rule and consent, the positive ILO dimensions, and the explanation.
 * Updated live while the caseworker ticks facts (`live`), announced politely to screen readers.
 */
export function AssessmentPanel({
  assessment,
  live = false,
  headingId,
}: {
  assessment: IdentificationAssessment;
  live?: boolean;
  headingId: string;
}) {
  const t = useTranslations("identification");
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className="font-semibold">
        {t("assessment.title")}
      </h3>
      <div aria-live={live ? "polite" : undefined} className="flex flex-col gap-3">
        <p
          data-testid="identification-recommendation"
          className={clsx("rounded-md border p-3 text-sm", RECOMMENDATION_STYLE[assessment.recommendation])}
        >
          <span className="font-medium">{t("assessment.recommendationLabel")}: </span>
          <strong>{t(`recommendations.${assessment.recommendation}`)}</strong>
        </p>
        <ul className="flex flex-col gap-2 text-sm">
          {IDENTIFICATION_ELEMENTS.map((name) => {
            const e = assessment.elements[name];
            const status = e.required ? e.status : "not_required";
            return (
              <li key={name} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
                <p>
                  <span aria-hidden="true" className="mr-1">
                    {status === "met" || status === "not_required" ? "✓" : status === "not_met" ? "✗" : "?"}
                  </span>
                  {t("assessment.elementStatus", {
                    element: t(`elements.${name}`),
                    status: t(`assessment.status.${status}`),
                  })}
                </p>
                {e.support.length > 0 ? (
                  <p className="mt-1 text-slate-700 dark:text-slate-300">
                    {t("assessment.supportedBy", {
                      facts: e.support
                        .map((s) =>
                          s.evidence
                            ? `${factLabel(t, name, s.code)} (${t("assessment.evidence", { evidence: s.evidence })})`
                            : factLabel(t, name, s.code),
                        )
                        .join("; "),
                    })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        <p className="text-sm">
          {assessment.indicators.positiveDimensions.length > 0
            ? t("assessment.positiveDimensions", {
                dimensions: assessment.indicators.positiveDimensions
                  .map((d) => t(`dimensions.${d}`))
                  .join(", "),
              })
            : t("assessment.noPositiveDimensions")}
        </p>
        <div>
          <h4 className="text-sm font-semibold">{t("assessment.explanation")}</h4>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {assessment.explanation.map((line, i) => (
              // A line has no identity but its place: the lines are derived, never reordered on their own.
              <li key={i}>{explanationText(t, line)}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
