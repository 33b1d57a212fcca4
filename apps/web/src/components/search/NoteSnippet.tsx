import { snippetParts } from "@kelias/domain";

/** A note's words around what the search matched, the matched words highlighted. */
export function NoteSnippet({ text }: { text: string }) {
  return (
    <q className="mt-1 block text-slate-700 dark:text-slate-300">
      {snippetParts(text).map((part, i) =>
        part.matched ? (
          <mark key={i} className="rounded bg-amber-200 px-0.5 text-slate-950">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </q>
  );
}
