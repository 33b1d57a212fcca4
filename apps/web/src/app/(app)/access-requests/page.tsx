import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecideAccess } from "@/components/access-requests/DecideAccess";
import { WithdrawAccess } from "@/components/access-requests/WithdrawAccess";
import { RecordLink } from "@/components/RecordLink";
import { CardFacts, CardList } from "@/components/ui/CardList";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessRequests"))("title") };
}

const link = "text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-300";

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

      <CardList
        id="access-waiting"
        className="mt-6"
        title={a("waitingTitle", { count: waiting.length })}
        empty={a("noneWaiting")}
        items={waiting}
        itemKey={(item) => item.decisionId}
        prefix="access"
        card={(item) => ({
          heading: (
            <>
              <RecordLink href={`/cases/${item.caseId}`} className={link}>
                {item.reference}
              </RecordLink>{" "}
              · {item.personName} · {t(`programmes.${item.programme}`)}
              {item.restricted ? ` · ${a("restricted")}` : ""}
            </>
          ),
          body: (
            <>
              <CardFacts>
                <dt className="font-medium">{a("requestedBy")}</dt>
                <dd>
                  {item.requesterName}, {when(item.requestedAt)}
                </dd>
                <dt className="font-medium">{a("reason")}</dt>
                <dd className="whitespace-pre-line">{item.reason}</dd>
                <dt className="font-medium">{a("matchedBy")}</dt>
                <dd>{item.reasons.map((r) => t(`duplicates.reason.${r}`)).join("; ")}</dd>
              </CardFacts>
              <p className="mt-2 text-sm">{a("grantMeans")}</p>
              <DecideAccess
                decisionId={item.decisionId}
                version={item.version}
                label={a("requestLabel", { requester: item.requesterName, reference: item.reference })}
              />
            </>
          ),
        })}
      />

      <CardList
        id="access-mine"
        className="mt-8"
        title={a("mineTitle", { count: mine.length })}
        empty={a("noneMine")}
        items={mine}
        itemKey={(request) => request.id}
        prefix="mine"
        card={(request) => {
          const label = a("mine.label", { at: when(request.createdAt) });
          return {
            heading: (
              <>
                {label} · {a(`state.${request.state}`)}
              </>
            ),
            body: (
              <>
                <CardFacts>
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
                </CardFacts>
                {request.withdrawable ? (
                  <WithdrawAccess requestId={request.id} version={request.version} label={label} />
                ) : null}
              </>
            ),
          };
        }}
      />
    </>
  );
}
