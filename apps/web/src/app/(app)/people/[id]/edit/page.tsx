import { displayName, isWithheld } from "@kelias/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/people/person-form/PersonForm";
import type { PersonFormValues } from "@/components/people/person-form/person-form-values";
import { countryOptions } from "@/lib/countries";
import { languageOptions } from "@/lib/languages";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("person"))("edit") };
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("person");
  const locale = await getLocale();
  const person = await orPageError((await api()).person.get({ id }));
  if (!person.permissions.update) notFound();
  const documentsWithheld = isWithheld(person.documents);
  const values: PersonFormValues = {
    givenName: person.givenName,
    familyName: person.familyName,
    givenNameLatin: person.givenNameLatin ?? "",
    familyNameLatin: person.familyNameLatin ?? "",
    birthMode: person.dateOfBirth ? "exact" : "estimated",
    dateOfBirth: person.dateOfBirth ?? "",
    estimatedAge: person.estimatedAge != null ? String(person.estimatedAge) : "",
    sex: person.sex,
    gender: person.gender,
    citizenships: person.citizenships.map((code) => ({ code })),
    languages: person.languages.map((code) => ({ code })),
    phones: person.phones.map((number) => ({ number })),
    addressStreet: person.address?.street ?? "",
    addressCity: person.address?.city ?? "",
    addressPostalCode: person.address?.postalCode ?? "",
    documents: isWithheld(person.documents)
      ? []
      : person.documents.map((d) => ({ ...d, expiresOn: d.expiresOn ?? "" })),
    household: person.household.map((m) => ({ personId: m.id, name: m.name, relationship: m.relationship })),
  };
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("editTitle", { name: displayName(person) })}</h1>
      <PersonForm
        countries={countryOptions(locale)}
        languages={languageOptions(locale)}
        person={{ id: person.id, version: person.version, documentsWithheld, values }}
      />
    </>
  );
}
