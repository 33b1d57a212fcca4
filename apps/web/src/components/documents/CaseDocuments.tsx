import type { DocumentExpiry } from "@kelias/domain";
import { getFormatter, getTranslations } from "next-intl/server";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { api } from "@/trpc/server";
import { DocumentActions } from "./DocumentForms";
import { UploadDocumentForm } from "./UploadDocumentForm";

const EXPIRY_STYLE: Record<DocumentExpiry, string> = {
  expired: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50",
  expiring_soon: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-50",
  valid: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
};

const linkClass = "font-medium text-brand-700 underline dark:text-brand-300";

/**
 * The documents of a case, newest first: each with its category, expiry date (expired or expiring
 * soon marked), earlier versions and, for whoever may change it, its edit, replace and delete forms.
 * A document in a category the reader may not read (medical, legal) is shown as withheld: its
 * category and date only. Contents download through the access-checked route.
 */
export async function CaseDocuments({ caseId, canUpload }: { caseId: string; canUpload: boolean }) {
  const t = await getTranslations("documents");
  const tc = await getTranslations("caseDocuments");
  const format = await getFormatter();
  const { documents } = await (await api()).case.document.list({ caseId });
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const size = (bytes: number) => format.number(bytes / 1024, { maximumFractionDigits: 0 });
  return (
    <>
      {documents.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-4">
          {documents.map((d) =>
            d.withheld ? (
              <li key={d.id} className="text-sm">
                <p>
                  <span className="font-medium">{tc(`categories.${d.category}`)}</span>{" "}
                  <span className="text-slate-600 dark:text-slate-400">
                    · {tc("withheld", { date: day(d.uploadedAt) })}
                  </span>
                </p>
              </li>
            ) : (
              <li key={d.id} className="text-sm">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <a className={linkClass} href={`/api/documents/${d.id}`} download>
                    {d.fileName}
                  </a>
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800">
                    {tc(`categories.${d.category}`)}
                  </span>
                  {d.expiry && d.expiresOn ? (
                    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${EXPIRY_STYLE[d.expiry]}`}>
                      {tc(`expiry.${d.expiry}`, {
                        date: format.dateTime(calendarDate(d.expiresOn), DAY_FORMAT),
                      })}
                    </span>
                  ) : null}
                </p>
                <p className="text-slate-600 dark:text-slate-400">
                  {size(d.sizeBytes)} KB ·{" "}
                  {t("uploadedBy", { name: d.uploadedByName, date: day(d.uploadedAt) })}
                </p>
                {d.description ? <p>{d.description}</p> : null}
                {d.earlier.length > 0 ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer">{tc("earlier", { count: d.earlier.length })}</summary>
                    <ul className="mt-1 flex flex-col gap-1 pl-4">
                      {d.earlier.map((v) => (
                        <li key={v.id}>
                          <a className={linkClass} href={`/api/documents/${v.id}`} download>
                            {v.fileName}
                          </a>{" "}
                          <span className="text-slate-600 dark:text-slate-400">
                            ({size(v.sizeBytes)} KB ·{" "}
                            {t("uploadedBy", { name: v.uploadedByName, date: day(v.uploadedAt) })}
                            {v.replacedAt ? ` · ${tc("replacedOn", { date: day(v.replacedAt) })}` : ""})
                          </span>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {d.canWrite ? (
                  <DocumentActions
                    caseId={caseId}
                    id={d.id}
                    version={d.version}
                    category={d.category}
                    expiresOn={d.expiresOn}
                    description={d.description}
                    fileName={d.fileName}
                  />
                ) : null}
              </li>
            ),
          )}
        </ul>
      )}
      {canUpload ? <UploadDocumentForm caseId={caseId} /> : null}
    </>
  );
}
