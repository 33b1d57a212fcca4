import { appointmentWeekInput, OFFICE_TIME_ZONE } from "@kelias/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { RecordLink } from "@/components/RecordLink";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myDay.week"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * "This week": my appointments and those of the cases I work on, day by day (Monday to Sunday,
 * office time); `?day=` pages to the week holding that day.
 */
export default async function WeekPage({ searchParams }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const raw = (await searchParams).day;
  const parsed = appointmentWeekInput.safeParse({ day: Array.isArray(raw) ? raw[0] : raw });
  const week = await orPageError((await api()).calendar.week(parsed.success ? parsed.data : {}));
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  const weekday = (iso: string) =>
    format.dateTime(calendarDate(iso), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  const isCurrent = week.start <= week.today && week.today <= week.end;
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("myDay.week.title")}</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {t("myDay.week.intro", { timeZone: OFFICE_TIME_ZONE })}
      </p>
      <nav aria-label={t("myDay.week.title")} className="mt-4 flex flex-wrap items-center gap-4 text-sm">
        <Link className="text-brand-700 underline dark:text-brand-300" href={`/week?day=${week.previous}`}>
          {t("myDay.week.previous")}
        </Link>
        <span className="font-medium">
          {t("myDay.week.range", { start: day(week.start), end: day(week.end) })}
        </span>
        <Link className="text-brand-700 underline dark:text-brand-300" href={`/week?day=${week.next}`}>
          {t("myDay.week.next")}
        </Link>
        {isCurrent ? null : (
          <Link className="text-brand-700 underline dark:text-brand-300" href="/week">
            {t("myDay.week.thisWeek")}
          </Link>
        )}
      </nav>
      {week.appointments.length === 0 ? <p className="mt-6 text-sm">{t("myDay.week.none")}</p> : null}
      <ol className="mt-6 flex flex-col gap-4">
        {week.days.map((d) => {
          const items = week.appointments.filter((a) => a.date === d);
          if (items.length === 0 && week.appointments.length === 0) return null;
          return (
            <li key={d}>
              <h2 id={`day-${d}`} className="text-lg font-semibold">
                {weekday(d)}
                {d === week.today ? ` · ${t("myDay.week.today")}` : ""}
              </h2>
              {items.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  {t("myDay.week.nothingThisDay")}
                </p>
              ) : (
                <ul aria-labelledby={`day-${d}`} className="mt-2 flex flex-col gap-2">
                  {items.map((a) => (
                    <li
                      key={a.id}
                      className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
                    >
                      <p className={a.cancelled ? "font-medium line-through" : "font-medium"}>
                        <time dateTime={a.startsAt.toISOString()}>{a.time}</time> ·{" "}
                        {t(`myDay.kinds.${a.kind}`)}
                        {a.cancelled ? ` · ${t("myDay.appointments.cancelled")}` : ""}
                      </p>
                      <p>
                        {a.place} · {t("myDay.appointments.minutes", { count: a.durationMinutes })} ·{" "}
                        {t("myDay.appointments.with", { name: a.attendeeName })}
                      </p>
                      <p>
                        <RecordLink
                          className="text-brand-700 underline dark:text-brand-300"
                          href={`/cases/${a.caseId}#case-appointments`}
                        >
                          {a.caseReference}
                        </RecordLink>{" "}
                        · {a.personName}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
