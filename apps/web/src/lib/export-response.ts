import type { ExportFile } from "@kelias/api/server";
import {
  CASE_STATES,
  type ContractRedFlag,
  type CountryCode,
  type CtdcQuasiIdentifier,
  PROGRAMMES,
  type Programme,
  type TypeOfExploitation,
} from "@kelias/domain";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "./countries";
import { type ServiceTypeNames, serviceTypeLabel } from "./service-types";

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

/** The figures' vocabulary in the reader's language, for the period report's cells. */
export async function figureLabels() {
  const t = await getTranslations();
  const locale = await getLocale();
  return {
    serviceType: (code: string, names: Omit<ServiceTypeNames, "code"> | undefined) =>
      serviceTypeLabel(code, names ? { code, ...names } : undefined, locale, (builtIn) =>
        t(`record.serviceTypes.${builtIn}`),
      ),
    exploitation: (type: TypeOfExploitation) => t(`identification.typesOfExploitation.${type}`),
    country: (code: CountryCode) => countryName(code, locale),
    redFlag: (flag: ContractRedFlag) => t(`workflow.redFlags.${flag}`),
  };
}

/** The CTDC summary sheet in the reader's language; the data sheet keeps the CTDC's column names. */
export async function ctdcLabels() {
  const t = await getTranslations("exports.ctdc");
  const c = await getTranslations("ctdcLabels");
  return {
    sheetName: c("sheetName"),
    item: c("item"),
    value: c("value"),
    k: c("k"),
    rowsIn: t("rowsIn"),
    rowsOut: t("rowsOut"),
    dropped: t("dropped"),
    generalised: (column: string) => c("generalised", { column }),
    suppressed: (column: string) => c("suppressed", { column }),
    column: (column: CtdcQuasiIdentifier) => c(`columns.${column}`),
  };
}
