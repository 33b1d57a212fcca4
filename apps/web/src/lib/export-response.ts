import type { ExportFile } from "@kelias/api/server";
import { CASE_STATES, PROGRAMMES, type Programme } from "@kelias/domain";
import { getTranslations } from "next-intl/server";

/** A streamed file download: always an attachment, never cached, never sniffed. */
export function fileResponse(file: ExportFile): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

const KNOWN_STATES: ReadonlySet<string> = new Set(
  PROGRAMMES.flatMap((p) => CASE_STATES[p] as readonly string[]),
);

/** Programme and state names in the reader's language, for the cells of an export. */
export async function vocabularyLabels() {
  const t = await getTranslations();
  return {
    programme: (programme: Programme) => t(`programmes.${programme}`),
    state: (state: string) => (KNOWN_STATES.has(state) ? t(`states.${state as "closed"}`) : state),
  };
}
