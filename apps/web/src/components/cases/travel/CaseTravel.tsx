import type { RouterOutputs } from "@kelias/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseSection } from "../CaseSection";
import { calendarDate, DAY_FORMAT } from "../record-format";
import {
  TravelConfirmationForm,
  TravelDocumentEditor,
  TravelDocumentForm,
  TravelFitnessForm,
  TravelLegEditor,
  TravelLegForm,
  TravelLegRemove,
} from "./TravelForms";

type Travel = RouterOutputs["case"]["travel"]["get"];

/**
 * The Travel tab of an AVRR case: the travel-ready checklist (each item ticked, or what is missing:
 * the same checks as the "travel booked" and "departed" steps), the travel documents, fitness to
 * travel, the itinerary, and the departure and arrival confirmations, each with its form for those
 * who may change the case.
 */
export async function CaseTravel({ travel }: { travel: Travel }) {
  const t = await getTranslations("travel");
  const tw = await getTranslations("workflow.guards");
  const format = await getFormatter();
  const day = (iso: string | null) =>
    iso ? format.dateTime(calendarDate(iso), DAY_FORMAT) : t("notRecorded");
  const write = travel.permissions.write;
  const row = travel.travel;
  return (
    <>
      <CaseSection id="travel-checklist" title={t("checklist.title")} intro={t("checklist.intro")}>
        <p className="mt-2 font-medium">
          {travel.checklist.ready ? t("checklist.ready") : t("checklist.notReady")}
        </p>
        <ul className="mt-3 flex flex-col gap-2">
          {travel.checklist.items.map((item) => (
            <li key={item.item} className="flex gap-2">
              <span
                aria-hidden="true"
                className={
                  item.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"
                }
              >
                {item.ok ? "✓" : "✗"}
              </span>
              <span>
                <span className="font-medium">{t(`checklist.items.${item.item}`)}</span>
                <span className="sr-only">: {item.ok ? t("checklist.done") : t("checklist.missing")}</span>
                {item.missing.length > 0 ? (
                  <span className="block text-sm text-slate-700 dark:text-slate-300">
                    {item.missing.map((code) => tw(code)).join(" ")}
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </CaseSection>

      <CaseSection id="travel-documents" title={t("document.title")}>
        {travel.documents.length === 0 ? (
          <p className="mt-2">{t("document.none")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {travel.documents.map((d) => {
              const label = t(`documentKinds.${d.kind}`);
              const number = typeof d.number === "string" ? d.number : null;
              return (
                <li key={d.id} className="border-b border-slate-200 pb-3 dark:border-slate-700">
                  <p className="font-medium">
                    {label} · {t(`documentStatuses.${d.status}`)}
                    {d.expiringSoon ? (
                      <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                        {t("document.expiringSoon")}
                      </span>
                    ) : null}
                  </p>
                  <dl className="mt-1 grid grid-cols-1 gap-x-6 text-sm sm:grid-cols-[max-content_1fr]">
                    {d.issuingAuthority ? (
                      <>
                        <dt>{t("document.issuingAuthority")}</dt>
                        <dd>{d.issuingAuthority}</dd>
                      </>
                    ) : null}
                    <dt>{t("document.number")}</dt>
                    <dd>{number === null ? t("withheld") : number || t("notRecorded")}</dd>
                    <dt>{t("document.requestedOn")}</dt>
                    <dd>{day(d.requestedOn)}</dd>
                    <dt>{t("document.issuedOn")}</dt>
                    <dd>{day(d.issuedOn)}</dd>
                    <dt>{t("document.expiresOn")}</dt>
                    <dd>{day(d.expiresOn)}</dd>
                  </dl>
                  {write && number !== null ? (
                    <TravelDocumentEditor
                      caseId={travel.caseId}
                      documentId={d.id}
                      version={d.version}
                      label={t("document.editLabel", { kind: label })}
                      values={{
                        kind: d.kind,
                        status: d.status,
                        issuingAuthority: d.issuingAuthority,
                        requestedOn: d.requestedOn ?? "",
                        issuedOn: d.issuedOn ?? "",
                        number,
                        expiresOn: d.expiresOn ?? "",
                        note: d.note,
                      }}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {write ? (
          <div className="mt-4">
            <h3 className="font-semibold">{t("document.add")}</h3>
            <TravelDocumentForm caseId={travel.caseId} />
          </div>
        ) : null}
      </CaseSection>

      <CaseSection id="travel-fitness" title={t("fitness.title")}>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 sm:grid-cols-[max-content_1fr]">
          <dt>{t("fitness.medicalClearance")}</dt>
          <dd>{row?.medicalClearance ? t(`clearances.${row.medicalClearance}`) : t("notRecorded")}</dd>
          <dt>{t("fitness.clearanceDate")}</dt>
          <dd>{day(row?.clearanceDate ?? null)}</dd>
          <dt>{t("fitness.clearedBy")}</dt>
          <dd>{row?.clearedBy || t("notRecorded")}</dd>
          <dt>{t("fitness.escortNeeded")}</dt>
          <dd>{row?.escortNeeded ? t(`escorts.${row.escortNeeded}`) : t("notRecorded")}</dd>
        </dl>
        {write ? (
          <div className="mt-4">
            <TravelFitnessForm
              caseId={travel.caseId}
              version={row?.version ?? null}
              values={{
                medicalClearance: row?.medicalClearance ?? "pending",
                clearanceDate: row?.clearanceDate ?? "",
                clearedBy: row?.clearedBy ?? "",
                escortNeeded: row?.escortNeeded ?? "none",
              }}
            />
          </div>
        ) : null}
      </CaseSection>

      <CaseSection id="travel-itinerary" title={t("leg.title")} intro={t("leg.intro")}>
        {travel.legs.length === 0 ? (
          <p className="mt-2">{t("leg.none")}</p>
        ) : (
          <ol className="mt-3 flex flex-col gap-3">
            {travel.legs.map((leg) => {
              const label = `${leg.flightNumber} ${leg.fromAirport}–${leg.toAirport}`;
              return (
                <li key={leg.id} className="border-b border-slate-200 pb-3 dark:border-slate-700">
                  <p className="font-medium">
                    {label} · {leg.carrier}
                  </p>
                  <p className="text-sm">
                    {t("leg.times", {
                      departs: leg.departsAt.replace("T", " "),
                      arrives: leg.arrivesAt.replace("T", " "),
                    })}
                    {" · "}
                    {t("leg.escortOnLeg", { escort: t(`escorts.${leg.escort}`) })}
                  </p>
                  {write ? (
                    <div className="mt-2 flex flex-wrap gap-3">
                      <TravelLegEditor
                        caseId={travel.caseId}
                        legId={leg.id}
                        version={leg.version}
                        label={t("leg.editLabel", { flight: label })}
                        values={{
                          carrier: leg.carrier,
                          flightNumber: leg.flightNumber,
                          fromAirport: leg.fromAirport,
                          toAirport: leg.toAirport,
                          departsAt: leg.departsAt,
                          arrivesAt: leg.arrivesAt,
                          escort: leg.escort,
                        }}
                      />
                      <TravelLegRemove
                        caseId={travel.caseId}
                        legId={leg.id}
                        version={leg.version}
                        label={t("leg.removeLabel", { flight: label })}
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
        {write ? (
          <div className="mt-4">
            <h3 className="font-semibold">{t("leg.add")}</h3>
            <TravelLegForm caseId={travel.caseId} />
          </div>
        ) : null}
      </CaseSection>

      {(["departure", "arrival"] as const).map((step) => {
        const on = step === "departure" ? (row?.departedOn ?? null) : (row?.arrivedOn ?? null);
        const by = step === "departure" ? row?.departureConfirmedBy : row?.arrivalConfirmedBy;
        const notes = step === "departure" ? row?.departureNotes : row?.arrivalNotes;
        return (
          <CaseSection key={step} id={`travel-${step}`} title={t(`${step}.title`)} intro={t(`${step}.intro`)}>
            <dl className="mt-3 grid grid-cols-1 gap-x-6 sm:grid-cols-[max-content_1fr]">
              <dt>{t(`${step}.on`)}</dt>
              <dd>{day(on)}</dd>
              <dt>{t(`${step}.confirmedBy`)}</dt>
              <dd>{by || t("notRecorded")}</dd>
              {notes ? (
                <>
                  <dt>{t(`${step}.notes`)}</dt>
                  <dd className="whitespace-pre-wrap">{notes}</dd>
                </>
              ) : null}
            </dl>
            {write ? (
              <div className="mt-4">
                <TravelConfirmationForm
                  caseId={travel.caseId}
                  version={row?.version ?? null}
                  step={step}
                  values={{ on: on ?? travel.today, confirmedBy: by ?? "", notes: notes ?? "" }}
                />
              </div>
            ) : null}
          </CaseSection>
        );
      })}
    </>
  );
}
