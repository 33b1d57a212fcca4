import { can } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { panel } from "@/components/cases/record-format";
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
    <section aria-labelledby="case-screening-offer" className={`mt-6 ${panel}`}>
      <h2 id="case-screening-offer" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <ScreenForTrafficking
        sourceCaseId={caseId}
        canOpen={can(me, { kind: "case.create", programme: "counter_trafficking" })}
      />
    </section>
  );
}
