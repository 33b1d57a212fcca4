import { ageOn, displayName, estimatedAgeOn, nameInLatin, todayIso } from "@kelias/domain";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries";
import { languageName } from "@/lib/languages";

interface Person {
  givenName: string;
  familyName: string;
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
  dateOfBirth: string | null;
  estimatedAge: number | null;
  ageEstimatedOn: string | null;
  sex: "female" | "male" | "intersex" | "unknown";
  gender?:
    | "Feminine"
    | "Masculine"
    | "TransgenderFeminine"
    | "TransgenderMasculine"
    | "NonConforming"
    | "NonSpecifiedUnknown";
  citizenships: string[];
  languages?: string[];
}

/** The identifying facts of a person as a description list (the case page shows the first ones). */
export async function PersonFacts({ person }: { person: Person }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const today = todayIso(new Date());
  let age: string;
  if (person.dateOfBirth) {
    age = `${format.dateTime(new Date(`${person.dateOfBirth}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })} · ${t(
      "person.ageValue",
      { age: ageOn(person.dateOfBirth, today) },
    )}`;
  } else if (person.estimatedAge != null) {
    age = t("person.ageEstimated", {
      age: estimatedAgeOn(person.estimatedAge, person.ageEstimatedOn ?? today, today),
    });
  } else {
    age = "—";
  }
  const rows: [string, string][] = [[t("person.name"), displayName(person)]];
  if (person.givenNameLatin || person.familyNameLatin) {
    rows.push([t("person.latinName"), nameInLatin(person)]);
  }
  rows.push([t("person.age"), age], [t("person.sex"), t(`sex.${person.sex}`)]);
  if (person.gender) rows.push([t("person.gender"), t(`gender.${person.gender}`)]);
  rows.push([t("person.citizenship"), person.citizenships.map((c) => countryName(c, locale)).join(", ")]);
  if (person.languages) {
    rows.push([
      t("person.languages"),
      person.languages.length > 0
        ? person.languages.map((l) => languageName(l, locale)).join(", ")
        : t("person.notRecorded"),
    ]);
  }
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
