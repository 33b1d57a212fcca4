import type { RouterOutputs } from "@kelias/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddDisclosure } from "./AddDisclosure";
import { CaseSection } from "./CaseSection";
import { AddNoteForm, NoteEditor } from "./NoteForms";
import { MOMENT_FORMAT } from "./record-format";

type Note = RouterOutputs["case"]["get"]["record"]["notes"][number];

/** The case's notes, newest first, each with who wrote it and when, and its earlier texts. */
export async function CaseNotes({
  caseId,
  notes,
  canUpdate,
}: {
  caseId: string;
  notes: Note[];
  canUpdate: boolean;
}) {
  const t = await getTranslations("record.notes");
  const tPage = await getTranslations("casePage.forms");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, MOMENT_FORMAT);
  return (
    <CaseSection id="case-notes" title={t("title")}>
      {canUpdate ? (
        <AddDisclosure title={tPage("addNote")}>
          <AddNoteForm caseId={caseId} />
        </AddDisclosure>
      ) : null}
      {notes.length === 0 ? (
        <p className="mt-3 text-sm">{t("none")}</p>
      ) : (
        <ol className="mt-4 flex flex-col gap-4">
          {notes.map((note) => (
            <li key={note.id}>
              <article
                aria-label={t("noteOf", { date: when(note.createdAt) })}
                className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
              >
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {t("written", { name: note.createdByName, date: when(note.createdAt) })}
                  {note.version > 1 ? (
                    <> · {t("edited", { name: note.updatedByName, date: when(note.updatedAt) })}</>
                  ) : null}
                </p>
                <p className="mt-1 whitespace-pre-line text-sm">{note.content}</p>
                {canUpdate ? (
                  <NoteEditor
                    caseId={caseId}
                    noteId={note.id}
                    version={note.version}
                    content={note.content}
                    label={t("editLabel", { date: when(note.createdAt) })}
                  />
                ) : null}
                {note.revisions.length > 0 ? (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer text-brand-700 underline dark:text-brand-300">
                      {t("history", { count: note.revisions.length })}
                    </summary>
                    <ol className="mt-2 flex flex-col gap-2 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
                      {note.revisions.map((r) => (
                        <li key={r.version}>
                          <p className="text-xs text-slate-600 dark:text-slate-400">
                            {t("revision", {
                              name: r.writtenByName,
                              date: when(r.writtenAt),
                              replacedBy: r.replacedByName,
                              replacedAt: when(r.replacedAt),
                            })}
                          </p>
                          <p className="whitespace-pre-line">{r.content}</p>
                        </li>
                      ))}
                    </ol>
                  </details>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
    </CaseSection>
  );
}
