import type { RouterOutputs } from "@kelias/api";
import { CONSENT_CHECKLIST } from "@kelias/domain";
import { clsx } from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddDisclosure } from "./AddDisclosure";
import { CaseSection } from "./CaseSection";
import { ConsentForm, WithdrawConsentForm } from "./ConsentForms";
import { calendarDate, DAY_FORMAT, MOMENT_FORMAT } from "./record-format";

type Consent = RouterOutputs["case"]["get"]["record"]["consents"][number];

interface Props {
  caseId: string;
  consents: Consent[];
  partners: { id: string; name: string }[];
  today: string;
  canUpdate: boolean;
}

const STATUS_STYLE = {
  valid: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-50",
  incomplete: "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  withdrawn: "bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-50",
} as const;

/** The consents on file, per purpose, with the checklist, who recorded them, and withdrawals. */
export async function CaseConsents({ caseId, consents, partners, today, canUpdate }: Props) {
  const t = await getTranslations("record.consents");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  return (
    <CaseSection id="case-consents" title={t("title")} intro={t("intro")}>
      {consents.length === 0 ? (
        <p className="mt-3 text-sm">{t("none")}</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {consents.map((c) => {
            const purpose = t(`purposes.${c.purpose}`);
            const told = CONSENT_CHECKLIST.filter((item) => c.checklist[item]);
            const notTold = CONSENT_CHECKLIST.filter((item) => !c.checklist[item]);
            return (
              <li key={c.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{purpose}</span>
                  <span className={clsx("rounded px-2 py-0.5 text-xs font-medium", STATUS_STYLE[c.status])}>
                    {t(`status.${c.status}`)}
                  </span>
                </p>
                {c.purpose === "referral" ? (
                  <p>{c.partnerName ? t("limitedTo", { partner: c.partnerName }) : t("anyPartnerLong")}</p>
                ) : null}
                <p>{t("given", { date: day(c.givenOn) })}</p>
                <p>
                  {t("checked", {
                    items: told.map((item) => t(`items.${item}`)).join("; ") || t("nothing"),
                  })}
                </p>
                {notTold.length > 0 ? (
                  <p>{t("unchecked", { items: notTold.map((item) => t(`items.${item}`)).join("; ") })}</p>
                ) : null}
                {c.note ? <p className="mt-1 whitespace-pre-line">{c.note}</p> : null}
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {t("recorded", {
                    name: c.recordedByName,
                    date: format.dateTime(c.recordedAt, MOMENT_FORMAT),
                  })}
                </p>
                {c.withdrawnOn ? (
                  <p className="mt-1">
                    {t("withdrawn", { date: day(c.withdrawnOn), name: c.withdrawnByName ?? "" })}
                    {c.withdrawalNote ? (
                      <span className="block whitespace-pre-line">{c.withdrawalNote}</span>
                    ) : null}
                  </p>
                ) : canUpdate ? (
                  <div className="mt-2">
                    <WithdrawConsentForm
                      caseId={caseId}
                      consentId={c.id}
                      version={c.version}
                      today={today}
                      label={t("withdrawLabel", { purpose, date: day(c.givenOn) })}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canUpdate ? (
        <AddDisclosure title={t("addTitle")}>
          <ConsentForm caseId={caseId} today={today} partners={partners} />
        </AddDisclosure>
      ) : null}
    </CaseSection>
  );
}
