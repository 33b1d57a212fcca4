import { getFormatter, getTranslations } from "next-intl/server";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { RecordLink } from "@/components/RecordLink";
import { api } from "@/trpc/server";
import { RiskBadge } from "./RiskBadge";

/**
 * The case's current risk level (its latest assessment's) and when it is reviewed, with a link to
 * the assessments; nothing for a reader who may not read them.
 */
export async function CaseRiskLevel({ caseId }: { caseId: string }) {
  const t = await getTranslations("assessments");
  const format = await getFormatter();
  const current = await (await api()).case.assessment.current({ caseId }).catch(() => undefined);
  if (current === undefined) return null;
  return (
    <p className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{t("currentRisk")}:</span>
      {current ? (
        <>
          <RiskBadge level={current.riskLevel} label={t(`risk.${current.riskLevel}`)} />
          <span>
            {t("assessedOnReview", {
              assessed: format.dateTime(calendarDate(current.assessedOn), DAY_FORMAT),
              review: format.dateTime(calendarDate(current.reviewDue), DAY_FORMAT),
            })}
          </span>
        </>
      ) : (
        <span>{t("noRisk")}</span>
      )}
      <RecordLink
        className="text-brand-700 underline dark:text-brand-300"
        href={`/cases/${caseId}/assessments`}
      >
        {t("title")}
      </RecordLink>
    </p>
  );
}
