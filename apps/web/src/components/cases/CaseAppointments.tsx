import type { RouterOutputs } from "@kelias/api";
import { currentUser } from "@kelias/auth";
import { officeToday } from "@kelias/domain";
import { getFormatter, getTranslations } from "next-intl/server";
import { api, orPageError } from "@/trpc/server";
import { AddDisclosure } from "./AddDisclosure";
import { AppointmentActions, AppointmentForm } from "./AppointmentForms";
import { CaseSection } from "./CaseSection";
import { calendarDate, DAY_FORMAT, MOMENT_FORMAT } from "./record-format";

export type Appointment = RouterOutputs["case"]["appointment"]["list"][number];

interface Props {
  caseId: string;
  canUpdate: boolean;
  /** The people who work on the case (whom an appointment may name as going). */
  team: readonly { id: string; name: string; kind: "owner" | "co" }[];
}

/**
 * The case's appointments (counselling sessions, embassy visits, flights …) in the order they start,
 * in office time, cancelled ones marked; with forms to plan, change and cancel them.
 */
export async function CaseAppointments({ caseId, canUpdate, team }: Props) {
  const t = await getTranslations("myDay");
  const format = await getFormatter();
  const appointments = await orPageError((await api()).case.appointment.list({ caseId }));
  const me = (await currentUser())?.id ?? "";
  const today = officeToday(new Date());
  const people = [...team]
    .sort((a, b) => Number(b.kind === "owner") - Number(a.kind === "owner"))
    .map((p) => ({
      id: p.id,
      label: p.kind === "owner" ? t("tasks.ownerOption", { name: p.name }) : p.name,
    }));
  const when = (a: Appointment) =>
    t("appointments.when", { date: format.dateTime(calendarDate(a.date), DAY_FORMAT), time: a.time });
  return (
    <CaseSection id="case-appointments" title={t("appointments.title")}>
      {appointments.length === 0 ? (
        <p className="mt-3 text-sm">{t("appointments.none")}</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {appointments.map((a) => {
            const what = `${t(`kinds.${a.kind}`)}, ${when(a)}`;
            return (
              <li key={a.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                <p className={a.cancelled ? "font-medium line-through" : "font-medium"}>
                  <time dateTime={a.startsAt.toISOString()}>{when(a)}</time> · {t(`kinds.${a.kind}`)}
                </p>
                <p>
                  {a.place} · {t("appointments.minutes", { count: a.durationMinutes })} ·{" "}
                  {t("appointments.with", { name: a.attendeeName })}
                </p>
                {a.note ? <p className="mt-1 whitespace-pre-line">{a.note}</p> : null}
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {t("appointments.plannedBy", { name: a.createdByName })}
                </p>
                {a.cancelled && a.cancelledAt ? (
                  <p className="mt-1 text-xs font-semibold">
                    {t("appointments.cancelled")} ·{" "}
                    {t("appointments.cancelledBy", {
                      name: a.cancelledByName ?? "",
                      date: format.dateTime(a.cancelledAt, MOMENT_FORMAT),
                    })}
                    {a.cancelReason ? ` · ${a.cancelReason}` : ""}
                  </p>
                ) : null}
                {canUpdate && !a.cancelled ? (
                  <AppointmentActions
                    caseId={caseId}
                    today={today}
                    people={people}
                    me={me}
                    appointmentId={a.id}
                    version={a.version}
                    what={what}
                    values={{
                      kind: a.kind,
                      date: a.date,
                      time: a.time,
                      durationMinutes: String(a.durationMinutes),
                      place: a.place,
                      note: a.note,
                      attendeeId: a.attendeeId,
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canUpdate ? (
        <AddDisclosure title={t("appointments.add")}>
          <AppointmentForm caseId={caseId} today={today} people={people} me={me} />
        </AddDisclosure>
      ) : null}
    </CaseSection>
  );
}
