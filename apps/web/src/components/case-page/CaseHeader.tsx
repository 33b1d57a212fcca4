import type { RouterOutputs } from "@kelias/api";
import { displayName } from "@kelias/domain";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OverdueBadge, taskName } from "@/components/cases/CaseTasks";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { RecordLink } from "@/components/RecordLink";
import { countryName } from "@/lib/countries";

type Case = RouterOutputs["case"]["get"];

const alertClass = "rounded-md border p-3 text-sm";

/**
 * What a caseworker needs at a glance on every tab: who, which programme and state, who owns it,
 * the next task due, and what calls for care (restriction, an approval waiting, a closed case).
 */
export async function CaseHeader({ c }: { c: Case }) {
  const t = await getTranslations();
  const tp = await getTranslations("casePage.header");
  const format = await getFormatter();
  // The tasks come sorted: open before done, the earliest due first.
  const next = c.record.tasks.find((task) => !task.done);
  const nextName = next ? await taskName(next) : null;
  const facts: { term: string; value: React.ReactNode }[] = [
    {
      term: tp("person"),
      value: (
        <RecordLink className="text-brand-700 underline dark:text-brand-300" href={`/people/${c.person.id}`}>
          {displayName(c.person)}
        </RecordLink>
      ),
    },
    { term: tp("programme"), value: t(`programmes.${c.programme}`) },
    { term: tp("state"), value: t(`states.${c.state as "closed"}`) },
    { term: tp("owner"), value: c.owner.name },
    {
      term: tp("nextTask"),
      value:
        next && nextName ? (
          <span className="inline-flex flex-wrap items-center gap-2">
            <RecordLink
              className="text-brand-700 underline dark:text-brand-300"
              href={`/cases/${c.id}/tasks`}
            >
              {nextName}
            </RecordLink>
            <span className="text-slate-600 dark:text-slate-400">
              {next.dueDate
                ? tp("dueOn", { date: format.dateTime(calendarDate(next.dueDate), DAY_FORMAT) })
                : tp("noDue")}
            </span>
            {next.overdue ? <OverdueBadge label={tp("overdue")} /> : null}
          </span>
        ) : (
          tp("noOpenTask")
        ),
    },
  ];
  const alerts: { key: string; text: string; tone: "info" | "warn" }[] = [];
  if (c.restricted) alerts.push({ key: "restricted", text: t("case.restrictedNotice"), tone: "warn" });
  if (c.pendingApproval) {
    alerts.push({
      key: "approval",
      text: tp("pendingApproval", {
        state: t(`states.${c.pendingApproval.toState as "closed"}`),
        date: format.dateTime(c.pendingApproval.requestedAt, { dateStyle: "medium" }),
      }),
      tone: "info",
    });
  }
  if (c.originHandover) {
    alerts.push({
      key: "originHandover",
      text: t("originHandover.handedOverNotice", {
        office: c.originHandover.officeName,
        country: countryName(c.originHandover.officeCountry, await getLocale()),
        date: format.dateTime(calendarDate(c.originHandover.handedOverOn), DAY_FORMAT),
      }),
      tone: "info",
    });
  }
  if (c.closedAt) {
    alerts.push({
      key: "closed",
      text: tp("closedOn", { date: format.dateTime(c.closedAt, { dateStyle: "long" }) }),
      tone: "info",
    });
  }
  return (
    <header>
      <h1 className="text-2xl font-semibold">{t("case.title", { reference: c.reference })}</h1>
      <dl className="mt-3 grid grid-cols-1 gap-x-8 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {facts.map(({ term, value }) => (
          <div key={term} className="flex flex-wrap gap-x-2">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {alerts.length > 0 ? (
        <ul aria-label={tp("alerts")} className="mt-3 flex flex-col gap-2">
          {alerts.map((alert) => (
            <li
              key={alert.key}
              className={
                alert.tone === "warn"
                  ? `${alertClass} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50`
                  : `${alertClass} border-slate-300 bg-slate-100 dark:border-slate-700 dark:bg-slate-800`
              }
            >
              {alert.text}
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
