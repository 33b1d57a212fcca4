import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecideAccess } from "@/components/access-requests/DecideAccess";
import { WithdrawAccess } from "@/components/access-requests/WithdrawAccess";
import { RecordLink } from "@/components/RecordLink";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessRequests"))("title") };
}

const link = "text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-300";
const card = "rounded-md border border-slate-200 p-4 dark:border-slate-800";

/**
 * Access requests: those waiting for the reader's decision (on the cases they own, and in the
 * programmes they manage), then the reader's own, with their state. Before a grant a request says
 * nothing about the cases it asks for.
 */
export default async function AccessRequestsPage() {
  const t = await getTranslations();
  const a = await getTranslations("accessRequests");
  const format = await getFormatter();
  const caller = await api();
  const [waiting, mine] = await Promise.all([
    orPageError(caller.accessRequest.pending()),
    orPageError(caller.accessRequest.mine()),
  ]);
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1 className="text-2xl font-semibold">{a("title")}</h1>
      <p className="mt-2 max-w-3xl text-sm">{a("intro")}</p>

      <section aria-labelledby="access-waiting" className="mt-6">
        <h2 id="access-waiting" className="text-xl font-semibold">
          {a("waitingTitle", { count: waiting.length })}
        </h2>
        {waiting.length === 0 ? <p className="mt-2 text-sm">{a("noneWaiting")}</p> : null}
        <ul className="mt-3 flex flex-col gap-4">
          {waiting.map((item) => {
            const label = a("requestLabel", { requester: item.requesterName, reference: item.reference });
            return (
              <li key={item.decisionId} className={card}>
                <article aria-labelledby={`access-${item.decisionId}`}>
                  <h3 id={`access-${item.decisionId}`} className="font-semibold">
                    <RecordLink href={`/cases/${item.caseId}`} className={link}>
                      {item.reference}
                    </RecordLink>{" "}
                    · {item.personName} · {t(`programmes.${item.programme}`)}
                    {item.restricted ? ` · ${a("restricted")}` : ""}
                  </h3>
                  <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="font-medium">{a("requestedBy")}</dt>
                    <dd>
                      {item.requesterName}, {when(item.requestedAt)}
                    </dd>
                    <dt className="font-medium">{a("reason")}</dt>
                    <dd className="whitespace-pre-line">{item.reason}</dd>
                    <dt className="font-medium">{a("matchedBy")}</dt>
                    <dd>{item.reasons.map((r) => t(`duplicates.reason.${r}`)).join("; ")}</dd>
                  </dl>
                  <p className="mt-2 text-sm">{a("grantMeans")}</p>
                  <DecideAccess decisionId={item.decisionId} version={item.version} label={label} />
                </article>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="access-mine" className="mt-8">
        <h2 id="access-mine" className="text-xl font-semibold">
          {a("mineTitle", { count: mine.length })}
        </h2>
        {mine.length === 0 ? <p className="mt-2 text-sm">{a("noneMine")}</p> : null}
        <ul className="mt-3 flex flex-col gap-4">
          {mine.map((request) => {
            const label = a("mine.label", { at: when(request.createdAt) });
            return (
              <li key={request.id} className={card}>
                <article aria-labelledby={`mine-${request.id}`}>
                  <h3 id={`mine-${request.id}`} className="font-semibold">
                    {label} · {a(`state.${request.state}`)}
                  </h3>
                  <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="font-medium">{a("reason")}</dt>
                    <dd className="whitespace-pre-line">{request.reason}</dd>
                    {request.granted.length > 0 ? (
                      <>
                        <dt className="font-medium">{a("mine.granted")}</dt>
                        <dd>
                          <ul className="flex flex-wrap gap-3">
                            {request.granted.map((g) => (
                              <li key={g.caseId}>
                                <RecordLink href={`/cases/${g.caseId}`} className={link}>
                                  {g.reference}
                                </RecordLink>
                              </li>
                            ))}
                          </ul>
                        </dd>
                      </>
                    ) : null}
                    {request.notes.map((n) => (
                      <div key={`${n.decidedAt.toISOString()}-${n.note}`} className="contents">
                        <dt className="font-medium">{a("mine.note", { at: when(n.decidedAt) })}</dt>
                        <dd className="whitespace-pre-line">{n.note}</dd>
                      </div>
                    ))}
                  </dl>
                  {request.withdrawable ? (
                    <WithdrawAccess requestId={request.id} version={request.version} label={label} />
                  ) : null}
                </article>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
