import type { AuditSearchFilters } from "@kelias/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditDetail } from "@/components/admin/AuditDetail";
import { AuditSearch } from "@/components/admin/AuditSearch";
import { AuditVerify } from "@/components/admin/AuditVerify";
import { DataTable } from "@/components/ui/DataTable";
import { auditSearchQuery, parseAuditFilters } from "@/lib/audit-search-params";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

type Params = Record<string, string | string[] | undefined>;

const NO_FILTERS: AuditSearchFilters = {
  actorId: null,
  entityId: "",
  action: "",
  outcome: null,
  from: null,
  to: null,
};

const link = "font-medium text-brand-700 underline dark:text-brand-300";

/** The audit log: search, page, export the search, and verify the hash chain. Each search is audited. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const t = await getTranslations("auditLog");
  const format = await getFormatter();
  const params = await searchParams;
  const filters = parseAuditFilters(params) ?? NO_FILTERS;
  const before = Number(typeof params.before === "string" ? params.before : "") || null;
  const caller = await api();
  const [page, users] = await Promise.all([
    orPageError(caller.audit.list({ filters, beforeSeq: before && before > 0 ? before : null, limit: 50 })),
    orPageError(caller.user.list()),
  ]);
  const query = auditSearchQuery(filters);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <div className="mt-4">
        <AuditVerify />
      </div>
      <section aria-label={t("filters.legend")} className="mt-6">
        <AuditSearch
          users={users.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }))}
          initial={{
            actorId: filters.actorId ?? "any",
            entityId: filters.entityId,
            action: filters.action,
            outcome: filters.outcome ?? "any",
            from: filters.from ?? "",
            to: filters.to ?? "",
          }}
        />
      </section>
      <p className="mt-4">
        <a className={link} href={`/api/audit/export${query ? `?${query}` : ""}`} download>
          {t("export")}
        </a>
      </p>
      {page.entries.length === 0 ? (
        <p className="mt-4 text-sm">{t("none")}</p>
      ) : (
        <DataTable
          spacing="mt-4"
          columns={(["seq", "at", "actor", "action", "outcome", "entity", "ip", "detail"] as const).map(
            (column) => ({ key: column, label: t(`columns.${column}`) }),
          )}
        >
          {page.entries.map((e) => (
            <tr key={e.seq} className="align-top">
              <td className="px-3 py-2 font-mono">{e.seq}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {/* Local time (the office's time zone), as everywhere else in the app; seconds matter here. */}
                <time dateTime={new Date(e.at).toISOString()}>
                  {format.dateTime(new Date(e.at), { dateStyle: "short", timeStyle: "medium" })}
                </time>
              </td>
              <td className="px-3 py-2">{e.actorName ?? t("system")}</td>
              <td className="px-3 py-2 font-mono">{e.action}</td>
              <td className="px-3 py-2">{t(`outcomes.${e.outcome}`)}</td>
              <td className="px-3 py-2 font-mono">
                {e.entityType ? `${e.entityType} ${e.entityId ?? ""}` : ""}
              </td>
              <td className="px-3 py-2 font-mono">{e.ip ?? ""}</td>
              <td className="min-w-40 max-w-md px-3 py-2">
                <AuditDetail detail={e.detail} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label={t("title")} className="mt-4 flex gap-4 text-sm">
        {before ? (
          <Link className={link} href={`/admin/audit${query ? `?${query}` : ""}`}>
            {t("newest")}
          </Link>
        ) : null}
        {page.nextBeforeSeq ? (
          <Link className={link} href={`/admin/audit?${auditSearchQuery(filters, page.nextBeforeSeq)}`}>
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
