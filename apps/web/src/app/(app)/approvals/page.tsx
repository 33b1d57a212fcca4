import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { BulkReassign } from "@/components/approvals/BulkReassign";
import { QueueDecision } from "@/components/approvals/QueueDecision";
import { RecordLink } from "@/components/RecordLink";
import { CardFacts, CardList } from "@/components/ui/CardList";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("approvals"))("title") };
}

const link = "text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-300";

/**
 * Everything waiting for this manager: workflow moves that need approval (decided here, through
 * the workflow's own procedure) and identification proposals (decided on the case, where the
 * assessment is shown in full); then bulk reassignment of cases.
 */
export default async function ApprovalsPage() {
  const t = await getTranslations();
  const a = await getTranslations("approvals");
  const format = await getFormatter();
  const caller = await api();
  const [queue, identifications, me] = await Promise.all([
    orPageError(caller.approvals.queue()),
    orPageError(caller.identification.pending()),
    caller.user.me(),
  ]);
  const state = (s: string) => t(`states.${s as "closed"}`);
  return (
    <>
      <h1 className="text-2xl font-semibold">{a("title")}</h1>
      <CardList
        id="workflow-approvals"
        className="mt-6"
        title={a("workflowTitle", { count: queue.length })}
        empty={a("noneWaiting")}
        items={queue}
        itemKey={(item) => item.approvalId}
        prefix="approval"
        card={(item) => {
          const person = `${item.personGivenName} ${item.personFamilyName}`;
          return {
            heading: (
              <>
                <RecordLink href={`/cases/${item.caseId}`} className={link}>
                  {item.reference}
                </RecordLink>{" "}
                · {person} · {t(`programmes.${item.programme}`)}
              </>
            ),
            body: (
              <>
                <CardFacts>
                  <dt className="font-medium">{a("move")}</dt>
                  <dd>{a("fromTo", { from: state(item.fromState), to: state(item.toState) })}</dd>
                  <dt className="font-medium">{a("requestedBy")}</dt>
                  <dd>
                    {item.requestedByName},{" "}
                    {format.dateTime(item.requestedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </dd>
                  <dt className="font-medium">{a("requestReason")}</dt>
                  <dd>{item.reason || "—"}</dd>
                  <dt className="font-medium">{a("opened")}</dt>
                  <dd>{format.dateTime(item.openedAt, { dateStyle: "medium" })}</dd>
                </CardFacts>
                {item.ownRequest ? (
                  <p className="mt-3 text-sm">{a("ownRequest")}</p>
                ) : (
                  <QueueDecision
                    approvalId={item.approvalId}
                    version={item.caseVersion}
                    caseLabel={`${item.reference} (${person})`}
                  />
                )}
              </>
            ),
          };
        }}
      />

      <section aria-labelledby="identification-approvals" className="mt-10">
        <h2 id="identification-approvals" className="text-xl font-semibold">
          {a("identificationTitle", { count: identifications.length })}
        </h2>
        {identifications.length === 0 ? (
          <p className="mt-2 text-sm">{a("noneWaiting")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2 text-sm">
            {identifications.map((p) => (
              <li key={p.proposalId}>
                <RecordLink href={`/cases/${p.caseId}`} className={link}>
                  {p.caseReference}
                </RecordLink>{" "}
                · {a("proposedBy", { name: p.proposedByName })} ·{" "}
                {format.dateTime(p.at, { dateStyle: "medium" })}
                {p.ownProposal ? ` · ${a("ownRequest")}` : ` · ${a("decideOnCase")}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="bulk-reassign" className="mt-10">
        <h2 id="bulk-reassign" className="text-xl font-semibold">
          {a("reassign.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{a("reassign.intro")}</p>
        <BulkReassign programmes={me?.programmes ?? []} />
      </section>
    </>
  );
}
