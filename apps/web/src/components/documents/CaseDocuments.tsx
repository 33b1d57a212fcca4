import { getFormatter, getTranslations } from "next-intl/server";
import { api } from "@/trpc/server";
import { UploadDocumentForm } from "./UploadDocumentForm";

/** The documents of a case, each downloaded through the access-checked route; upload for its workers. */
export async function CaseDocuments({ caseId, canUpload }: { caseId: string; canUpload: boolean }) {
  const t = await getTranslations("documents");
  const format = await getFormatter();
  const documents = await (await api()).case.document.list({ caseId });
  return (
    <>
      {documents.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {documents.map((d) => (
            <li key={d.id} className="text-sm">
              <a
                className="font-medium text-brand-700 underline dark:text-brand-300"
                href={`/api/documents/${d.id}`}
                download
              >
                {d.fileName}
              </a>{" "}
              <span className="text-slate-600 dark:text-slate-400">
                ({format.number(d.sizeBytes / 1024, { maximumFractionDigits: 0 })} KB ·{" "}
                {t("uploadedBy", {
                  name: d.uploadedByName,
                  date: format.dateTime(d.uploadedAt, { dateStyle: "medium" }),
                })}
                )
              </span>
              {d.description ? <p>{d.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {canUpload ? <UploadDocumentForm caseId={caseId} /> : null}
    </>
  );
}
