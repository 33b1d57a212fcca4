import type { RouterOutputs } from "@kelias/api";
import { formatFingerprint } from "@kelias/domain";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { countryName } from "@/lib/countries";

type Handover = RouterOutputs["case"]["handover"]["list"]["handovers"][number];

/** The case's handovers, newest first, each with its signed PDF and JSON and the key to verify them. */
export async function HandoverList({ handovers }: { handovers: Handover[] }) {
  const t = await getTranslations("originHandover");
  const format = await getFormatter();
  const locale = await getLocale();
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  if (handovers.length === 0) return <p className="mt-3 text-sm">{t("none")}</p>;
  return (
    <>
      <ul className="mt-3 flex flex-col gap-3">
        {handovers.map((h) => (
          <li key={h.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
            <p className="font-medium">
              {t("row", {
                office: h.officeName,
                country: countryName(h.officeCountry, locale),
                date: day(h.handedOverOn),
              })}
            </p>
            {h.officeContact ? <p>{t("contact", { contact: h.officeContact })}</p> : null}
            <p>{t("by", { name: h.handedOverByName, documents: h.documentCount })}</p>
            <p className="break-all text-xs text-slate-600 dark:text-slate-400">
              {t("pdfDigest", { digest: h.pdfSha256 })}
            </p>
            <p className="break-all text-xs text-slate-600 dark:text-slate-400">
              {t("keyFingerprint", { fingerprint: formatFingerprint(h.keyFingerprint) })}
            </p>
            <p className="mt-2 flex flex-wrap gap-4">
              <a className="text-brand-700 underline dark:text-brand-300" href={`/api/handovers/${h.id}/pdf`}>
                {t("downloadPdf")}
              </a>
              <a
                className="text-brand-700 underline dark:text-brand-300"
                href={`/api/handovers/${h.id}/json`}
              >
                {t("downloadJson")}
              </a>
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <a className="text-brand-700 underline dark:text-brand-300" href="/api/handovers/public-key">
          {t("downloadKey")}
        </a>{" "}
        {t("keyHint")}
      </p>
    </>
  );
}
