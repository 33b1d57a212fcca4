import { isWithheld, SENSITIVE_CATEGORIES, type SensitiveCategory, type Withheld } from "@kelias/domain";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddDisclosure } from "./AddDisclosure";
import { SensitiveNoteEditor } from "./SensitiveNoteEditor";

interface Note {
  content: string;
  version: number;
  updatedAt: Date;
  updatedByName: string;
}

interface Props {
  caseId: string;
  notes: Record<SensitiveCategory, Note | null | Withheld>;
  canWrite: boolean;
}

/** Health, trafficking and identity-document notes: shown, editable, or marked withheld, per the policy. */
export async function SensitiveNotes({ caseId, notes, canWrite }: Props) {
  const t = await getTranslations("sensitive");
  const tPage = await getTranslations("casePage.forms");
  const format = await getFormatter();
  return (
    <div className="mt-3 grid gap-5 md:grid-cols-3">
      {SENSITIVE_CATEGORIES.map((category) => {
        const note = notes[category];
        return (
          <div key={category}>
            <h3 className="font-semibold">{t(`categories.${category}`)}</h3>
            {isWithheld(note) ? (
              <p className="mt-1 text-sm italic text-slate-700 dark:text-slate-300">
                <span className="font-medium not-italic">{t("withheld")}</span> {t(`withheldWhy.${category}`)}
              </p>
            ) : (
              <>
                {note ? (
                  <>
                    <p className="mt-1 whitespace-pre-line text-sm">{note.content}</p>
                    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                      {t("updated", {
                        name: note.updatedByName,
                        date: format.dateTime(note.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
                      })}
                    </p>
                  </>
                ) : (
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("none")}</p>
                )}
                {canWrite ? (
                  // The editor opens on demand: the note is read far more often than written.
                  <AddDisclosure title={tPage("editSensitive", { category: t(`categories.${category}`) })}>
                    <SensitiveNoteEditor
                      caseId={caseId}
                      category={category}
                      content={note?.content ?? ""}
                      version={note?.version ?? null}
                    />
                  </AddDisclosure>
                ) : null}
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
