import type { RouterOutputs } from "@kelias/api";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FieldHistory } from "@/components/case-page/FieldHistory";
import { serviceTypeLabel } from "@/lib/service-types";
import { api } from "@/trpc/server";
import { AddDisclosure } from "./AddDisclosure";
import { CaseSection } from "./CaseSection";
import { calendarDate, DAY_FORMAT } from "./record-format";
import { ServiceEditor, ServiceForm } from "./ServiceForm";

type Service = RouterOutputs["case"]["get"]["record"]["services"][number];

interface Props {
  caseId: string;
  services: Service[];
  today: string;
  canUpdate: boolean;
}

/** Services delivered to the person, most recent first, with cost and who recorded them. */
export async function CaseServices({ caseId, services, today, canUpdate }: Props) {
  const t = await getTranslations("record.services");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  // The service types are reference data: retired ones still name the services recorded with them.
  const locale = await getLocale();
  const types =
    canUpdate || services.length > 0 ? await (await api()).serviceType.list({ includeInactive: true }) : [];
  const byCode = new Map(types.map((type) => [type.code, type]));
  const label = (code: string) =>
    serviceTypeLabel(code, byCode.get(code), locale, (builtIn) => tAll(`record.serviceTypes.${builtIn}`));
  const offered = types
    .filter((type) => type.active)
    .map((type) => ({
      id: type.code,
      label: label(type.code),
      unitCost: type.defaultUnitCost,
      currency: type.currency,
    }));
  const optionsFor = (code: string) =>
    offered.some((o) => o.id === code)
      ? offered
      : [...offered, { id: code, label: label(code), unitCost: null, currency: null }];
  return (
    <CaseSection id="case-services" title={t("title")}>
      {services.length === 0 ? (
        <p className="mt-3 text-sm">{t("none")}</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {services.map((s) => {
            const type = label(s.type);
            return (
              <li key={s.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                <p className="font-medium">
                  {t("summary", {
                    type,
                    quantity: s.quantity,
                    date: day(s.deliveredOn),
                  })}
                </p>
                <p>
                  {t("by", { provider: s.provider })}
                  {s.cost !== null && s.currency !== null ? (
                    <> · {format.number(Number(s.cost), { style: "currency", currency: s.currency })}</>
                  ) : null}
                </p>
                {s.note ? <p className="mt-1 whitespace-pre-line">{s.note}</p> : null}
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {t("recorded", {
                    name: s.updatedByName,
                    date: format.dateTime(s.updatedAt, { dateStyle: "medium" }),
                  })}
                </p>
                {canUpdate ? (
                  <div className="mt-2">
                    <ServiceEditor
                      caseId={caseId}
                      today={today}
                      serviceId={s.id}
                      version={s.version}
                      typeOptions={optionsFor(s.type)}
                      label={t("editLabel", { type, date: day(s.deliveredOn) })}
                      values={{
                        type: s.type,
                        provider: s.provider,
                        deliveredOn: s.deliveredOn,
                        quantity: String(s.quantity),
                        cost: s.cost ?? "",
                        currency: s.currency,
                        note: s.note,
                      }}
                    />
                  </div>
                ) : null}
                <FieldHistory source={{ kind: "case", caseId, record: "service", recordId: s.id }} inline />
              </li>
            );
          })}
        </ul>
      )}
      {canUpdate ? (
        <AddDisclosure title={t("addTitle")}>
          <ServiceForm caseId={caseId} today={today} typeOptions={offered} />
        </AddDisclosure>
      ) : null}
    </CaseSection>
  );
}
