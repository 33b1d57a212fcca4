import { handsOver } from "@kelias/domain";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseSection } from "@/components/cases/CaseSection";
import { HandoverForm } from "@/components/handover/HandoverForm";
import { HandoverList } from "@/components/handover/HandoverList";
import { countryOptions } from "@/lib/countries";
import { api, orPageError } from "@/trpc/server";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "handover");
}

/**
 * The handover tab (AVRR cases): the handovers made to the office in the country of origin, with
 * their signed files, and the form for a new one on the person's consent.
 */
export default async function CaseHandoverPage({ params }: Params) {
  const c = await loadCase((await params).id);
  const t = await getTranslations("originHandover");
  if (!handsOver(c.programme)) {
    return (
      <CaseSection id="case-handover" title={t("title")}>
        <p className="mt-3 text-sm">{t("notThisProgramme")}</p>
      </CaseSection>
    );
  }
  const caller = await api();
  const [data, docs] = await Promise.all([
    orPageError(caller.case.handover.list({ caseId: c.id })),
    c.permissions.update ? orPageError(caller.case.document.list({ caseId: c.id })) : null,
  ]);
  const documents = (docs?.documents ?? []).flatMap((d) =>
    d.withheld ? [] : [{ id: d.id, label: `${d.fileName} (${t(`category.${d.category}`)})` }],
  );
  return (
    <>
      <CaseSection id="case-handover" title={t("title")} intro={t("intro")}>
        <HandoverList handovers={data.handovers} />
      </CaseSection>
      {c.permissions.update ? (
        <CaseSection id="case-handover-new" title={t("newTitle")} intro={t("newIntro")}>
          <HandoverForm
            caseId={c.id}
            today={c.record.today}
            consents={data.consents}
            documents={documents}
            countries={countryOptions(await getLocale())}
          />
        </CaseSection>
      ) : null}
    </>
  );
}
