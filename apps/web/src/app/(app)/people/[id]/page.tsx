import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PersonFacts } from "@/components/people/PersonFacts";
import { RecordLink } from "@/components/RecordLink";
import { api, orPageError } from "@/trpc/server";
import { OpenCaseForm } from "./OpenCaseForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("case"))("personSection") };
}

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations();
  const format = await getFormatter();
  const caller = await api();
  const [person, me] = await Promise.all([orPageError(caller.person.get({ id })), caller.user.me()]);
  return (
    <>
      <h1 className="text-2xl font-semibold">
        {person.givenName} {person.familyName}
      </h1>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section className="rounded-md border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <PersonFacts person={person} />
        </section>
        <section
          aria-labelledby="person-cases"
          className="rounded-md border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <h2 id="person-cases" className="text-lg font-semibold">
            {t("person.cases")}
          </h2>
          {person.cases.length === 0 ? (
            <p className="mt-2">{t("person.noCases")}</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-1">
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
        </section>
      </div>
      {me.roles.includes("caseworker") && me.programmes.length > 0 ? (
        <section aria-labelledby="open-case" className="mt-8 max-w-xl">
          <h2 id="open-case" className="text-lg font-semibold">
            {t("person.openCaseTitle")}
          </h2>
          <OpenCaseForm
            personId={person.id}
            programmes={me.programmes.map((p) => ({ id: p, label: t(`programmes.${p}`) }))}
          />
        </section>
      ) : null}
    </>
  );
}
