import { can } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { CaseSection } from "@/components/cases/CaseSection";
import { api } from "@/trpc/server";
import { ScreenForTrafficking } from "./ScreenForTrafficking";

/**
 * On a case of another programme: the "screen for trafficking" action, for those who work on the
 * case and may open counter-trafficking cases; nothing for readers who could not act on it.
 */
export async function ScreeningOffer({ caseId, canUpdate }: { caseId: string; canUpdate: boolean }) {
  if (!canUpdate) return null;
  const me = await (await api()).user.me();
  const t = await getTranslations("identification.screen");
  return (
    <CaseSection id="case-screening-offer" title={t("title")} intro={t("intro")}>
      <ScreenForTrafficking
        sourceCaseId={caseId}
        canOpen={can(me, { kind: "case.create", programme: "counter_trafficking" })}
      />
    </CaseSection>
  );
}
