import type { RouterOutputs } from "@kelias/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddDisclosure } from "./AddDisclosure";
import { CaseSection } from "./CaseSection";
import { ReferralForm, ReferralStatusForm } from "./ReferralForms";
import { MOMENT_FORMAT } from "./record-format";

type Referral = RouterOutputs["case"]["get"]["record"]["referrals"][number];

interface Props {
  caseId: string;
  referrals: Referral[];
  partners: { id: string; name: string }[];
  canUpdate: boolean;
}

/** Referrals to partner organisations, each with the consent that allowed it and its status. */
export async function CaseReferrals({ caseId, referrals, partners, canUpdate }: Props) {
  const t = await getTranslations("record.referrals");
  const tAll = await getTranslations();
  const format = await getFormatter();
  return (
    <CaseSection id="case-referrals" title={t("title")} intro={t("intro")}>
      {referrals.length === 0 ? (
        <p className="mt-3 text-sm">{t("none")}</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {referrals.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
              <p className="font-medium">
                {r.serviceType
                  ? t("toFor", {
                      partner: r.partnerName,
                      service: tAll(`record.serviceTypes.${r.serviceType}`),
                    })
                  : t("to", { partner: r.partnerName })}
              </p>
              <p className="whitespace-pre-line">{r.reason}</p>
              <p className="mt-1">{t("currentStatus", { status: t(`statuses.${r.status}`) })}</p>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {t("referred", {
                  name: r.referredByName,
                  date: format.dateTime(r.referredAt, MOMENT_FORMAT),
                })}
                {r.version > 1 ? (
                  <>
                    {" · "}
                    {t("updated", {
                      name: r.updatedByName,
                      date: format.dateTime(r.updatedAt, MOMENT_FORMAT),
                    })}
                  </>
                ) : null}
              </p>
              {canUpdate ? (
                <ReferralStatusForm
                  caseId={caseId}
                  referralId={r.id}
                  version={r.version}
                  status={r.status}
                  label={t("statusOf", { partner: r.partnerName })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canUpdate ? (
        partners.length === 0 ? (
          <p className="mt-4 text-sm">{t("noPartners")}</p>
        ) : (
          <AddDisclosure title={t("addTitle")}>
            <ReferralForm caseId={caseId} partners={partners} />
          </AddDisclosure>
        )
      ) : null}
    </CaseSection>
  );
}
