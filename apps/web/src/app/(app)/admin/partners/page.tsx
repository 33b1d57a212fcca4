import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddSection } from "@/components/admin/AddSection";
import { ReferenceHistory } from "@/components/admin/ReferenceHistory";
import { PartnerEditor, PartnerForm } from "@/components/cases/PartnerForm";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("title") };
}

/** The registry of partner organisations cases are referred to; administrators keep it. */
export default async function PartnersPage() {
  const t = await getTranslations();
  const caller = await api();
  const [partners, history] = await Promise.all([
    orPageError(caller.partner.list({ includeInactive: true })),
    orPageError(caller.reference.history({ kind: "partner", limit: 100 })),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("partners.title")}</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("partners.intro")}</p>
      {partners.length === 0 ? (
        <p className="mt-4 text-sm">{t("partners.none")}</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-3">
          {partners.map((p) => (
            <li
              key={p.id}
              className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
            >
              <p className="font-medium">
                {p.name}
                {p.active ? null : (
                  <span className="ml-2 text-slate-600 dark:text-slate-400">({t("partners.inactive")})</span>
                )}
              </p>
              <p>
                {t(`partners.kinds.${p.kind}`)}
                {p.city ? <> · {p.city}</> : null}
              </p>
              {p.contact ? <p className="whitespace-pre-line">{p.contact}</p> : null}
              {p.services.length > 0 ? (
                <p className="text-slate-700 dark:text-slate-300">
                  {p.services.map((s) => t(`record.serviceTypes.${s}`)).join(", ")}
                </p>
              ) : null}
              <div className="mt-2">
                <PartnerEditor
                  id={p.id}
                  version={p.version}
                  label={t("partners.editLabel", { name: p.name })}
                  values={{
                    name: p.name,
                    kind: p.kind,
                    city: p.city,
                    contact: p.contact,
                    services: p.services,
                    active: p.active,
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <AddSection id="partner-add" title={t("partners.addTitle")} width="max-w-2xl">
        <PartnerForm />
      </AddSection>
      <ReferenceHistory
        id="partner-history"
        collapsed
        entries={history}
        describe={(entry) => {
          const p = entry.snapshot as { name: string; kind: "ngo"; city: string; active: boolean };
          return (
            <p>
              {t("partners.historyEntry", {
                name: p.name,
                kind: t(`partners.kinds.${p.kind}`),
                city: p.city,
                state: t(p.active ? "partners.stateActive" : "partners.stateInactive"),
              })}
            </p>
          );
        }}
      />
    </>
  );
}
