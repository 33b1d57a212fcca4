import type { Programme } from "@kelias/domain";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AddSection } from "@/components/admin/AddSection";
import { ReferenceHistory } from "@/components/admin/ReferenceHistory";
import { ServiceTypeEditor, ServiceTypeForm } from "@/components/admin/ServiceTypeForm";
import { serviceTypeLabel } from "@/lib/service-types";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reference.serviceTypes"))("title") };
}

/** The service types the case services form offers, with their default costs, and their history. */
export default async function ServiceTypesPage() {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const caller = await api();
  const [types, history] = await Promise.all([
    orPageError(caller.serviceType.list({ includeInactive: true })),
    orPageError(caller.reference.history({ kind: "service_type", limit: 100 })),
  ]);
  const label = (type: { code: string; nameEn: string | null; nameLt: string | null }) =>
    serviceTypeLabel(type.code, type, locale, (code) => t(`record.serviceTypes.${code}`));
  const byId = new Map(types.map((type) => [type.id, type]));
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("reference.serviceTypes.title")}</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {t("reference.serviceTypes.intro")}
      </p>
      <ul className="mt-6 flex flex-col gap-3">
        {types.map((type) => (
          <li
            key={type.id}
            className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <p className="font-medium">
              {label(type)}{" "}
              <span className="font-mono text-slate-600 dark:text-slate-400">({type.code})</span>
              {type.builtIn ? <span className="ml-2">· {t("reference.serviceTypes.builtIn")}</span> : null}
              {type.active ? null : <span className="ml-2">· {t("reference.serviceTypes.inactive")}</span>}
            </p>
            <p>
              {type.programmes.length > 0
                ? type.programmes.map((p: Programme) => t(`programmesShort.${p}`)).join(", ")
                : t("reference.serviceTypes.allProgrammes")}
              {type.defaultUnitCost !== null && type.currency !== null ? (
                <>
                  {" "}
                  ·{" "}
                  {format.number(Number(type.defaultUnitCost), {
                    style: "currency",
                    currency: type.currency,
                  })}
                </>
              ) : null}
            </p>
            <div className="mt-2">
              <ServiceTypeEditor
                id={type.id}
                version={type.version}
                label={t("reference.serviceTypes.editLabel", { name: label(type) })}
                values={{
                  code: type.code,
                  nameEn: type.nameEn ?? "",
                  nameLt: type.nameLt ?? "",
                  programmes: type.programmes,
                  defaultUnitCost: type.defaultUnitCost ?? "",
                  currency: type.currency,
                  active: type.active,
                }}
              />
            </div>
          </li>
        ))}
      </ul>
      <AddSection id="service-type-add" title={t("reference.serviceTypes.addTitle")} width="max-w-3xl">
        <ServiceTypeForm />
      </AddSection>
      <ReferenceHistory
        id="service-type-history"
        entries={history}
        describe={(entry) => {
          const snapshot = entry.snapshot as {
            code: string;
            nameEn: string | null;
            nameLt: string | null;
            active: boolean;
            programmes: Programme[];
            defaultUnitCost: string | null;
            currency: string | null;
          };
          const current = byId.get(entry.entityId);
          return (
            <>
              <p>
                {t("reference.serviceTypes.historyEntry", {
                  name: label({ ...snapshot, code: current?.code ?? snapshot.code }),
                  state: t(
                    snapshot.active
                      ? "reference.serviceTypes.stateActive"
                      : "reference.serviceTypes.stateInactive",
                  ),
                })}
              </p>
              <p className="text-slate-600 dark:text-slate-400">
                {snapshot.programmes.length > 0
                  ? snapshot.programmes.map((p) => t(`programmesShort.${p}`)).join(", ")
                  : t("reference.serviceTypes.allProgrammes")}
                {snapshot.defaultUnitCost !== null && snapshot.currency !== null ? (
                  <>
                    {" "}
                    ·{" "}
                    {format.number(Number(snapshot.defaultUnitCost), {
                      style: "currency",
                      currency: snapshot.currency,
                    })}
                  </>
                ) : null}
              </p>
            </>
          );
        }}
      />
    </>
  );
}
