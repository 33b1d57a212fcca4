import { can, displayName, formatPhone, isWithheld, todayIso } from "@kelias/domain";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FieldHistory } from "@/components/case-page/FieldHistory";
import { PersonFacts } from "@/components/people/PersonFacts";
import { RecordLink } from "@/components/RecordLink";
import { countryName } from "@/lib/countries";
import { api, orPageError } from "@/trpc/server";
import { OpenCaseForm } from "./OpenCaseForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("case"))("personSection") };
}

const sectionClass =
  "rounded-md border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={sectionClass}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const caller = await api();
  const [person, me] = await Promise.all([orPageError(caller.person.get({ id })), caller.user.me()]);
  const today = todayIso(new Date());
  // The programmes the policy lets this user open a case in (`case.create`, checked again on submit).
  const openIn = me.programmes.filter((programme) => can(me, { kind: "case.create", programme }));
  const date = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{displayName(person)}</h1>
        {person.permissions.update ? (
          <RecordLink
            href={`/people/${person.id}/edit`}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
          >
            {t("person.edit")}
          </RecordLink>
        ) : null}
      </div>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <Section id="person-details" title={t("person.details")}>
          <PersonFacts person={person} />
        </Section>
        <Section id="person-contact" title={t("person.contact")}>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t("person.phones")}</dt>
            <dd>
              {person.phones.length > 0 ? (
                <ul>
                  {person.phones.map((phone) => (
                    <li key={phone}>
                      <a className="text-brand-700 underline dark:text-brand-300" href={`tel:${phone}`}>
                        {formatPhone(phone)}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                t("person.notRecorded")
              )}
            </dd>
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t("person.address")}</dt>
            <dd>
              {person.address
                ? [
                    person.address.street,
                    [person.address.postalCode, person.address.city].filter(Boolean).join(" "),
                  ]
                    .filter(Boolean)
                    .join(", ")
                : t("person.notRecorded")}
            </dd>
          </dl>
        </Section>
        <Section id="person-documents" title={t("person.documents")}>
          {isWithheld(person.documents) ? (
            <p className="font-medium">{t("person.documentsWithheld")}</p>
          ) : person.documents.length === 0 ? (
            <p>{t("person.noDocuments")}</p>
          ) : (
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("person.documentType")}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("person.documentNumber")}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("person.documentIssuingCountry")}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t("person.documentExpiresOn")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {person.documents.map((d) => (
                  <tr key={`${d.type} ${d.issuingCountry} ${d.number}`}>
                    <td className="py-1 pr-3">{t(`documentTypes.${d.type}`)}</td>
                    <td className="py-1 pr-3 font-mono">{d.number}</td>
                    <td className="py-1 pr-3">{countryName(d.issuingCountry, locale)}</td>
                    <td className="py-1">
                      {d.expiresOn
                        ? `${date(d.expiresOn)}${d.expiresOn < today ? ` (${t("person.documentExpired")})` : ""}`
                        : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
        <Section id="person-household" title={t("person.household")}>
          {person.household.length === 0 && person.hiddenHouseholdMembers === 0 ? (
            <p>{t("person.noHousehold")}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {person.household.map((m) => (
                <li key={m.id}>
                  {t(`relationships.${m.relationship}`)}:{" "}
                  <RecordLink
                    className="text-brand-700 underline dark:text-brand-300"
                    href={`/people/${m.id}`}
                  >
                    {m.name}
                  </RecordLink>
                </li>
              ))}
              {person.hiddenHouseholdMembers > 0 ? (
                <li>{t("person.hiddenHousehold", { count: person.hiddenHouseholdMembers })}</li>
              ) : null}
            </ul>
          )}
        </Section>
        <Section id="person-cases" title={t("person.cases")}>
          {person.cases.length === 0 && person.restrictedCases === 0 ? (
            <p>{t("person.noCases")}</p>
          ) : person.cases.length === 0 ? null : (
            <ul className="flex flex-col gap-1">
              {person.cases.map((c) => (
                <li key={c.id}>
                  <RecordLink
                    className="font-mono text-brand-700 underline dark:text-brand-300"
                    href={`/cases/${c.id}`}
                  >
                    {c.reference}
                  </RecordLink>{" "}
                  · {t(`programmesShort.${c.programme}`)} · {t(`states.${c.state as "closed"}`)} ·{" "}
                  {format.dateTime(c.openedAt, { dateStyle: "medium" })}
                </li>
              ))}
            </ul>
          )}
          {person.restrictedCases > 0 ? (
            <p className="mt-2 text-sm">{t("person.restrictedCases", { count: person.restrictedCases })}</p>
          ) : null}
        </Section>
      </div>
      {openIn.length > 0 ? (
        <section aria-labelledby="open-case" className="mt-8 max-w-xl">
          <h2 id="open-case" className="text-lg font-semibold">
            {t("person.openCaseTitle")}
          </h2>
          <OpenCaseForm
            personId={person.id}
            programmes={openIn.map((p) => ({ id: p, label: t(`programmes.${p}`) }))}
          />
        </section>
      ) : null}
      <FieldHistory source={{ kind: "person", personId: person.id }} />
    </>
  );
}
