import { ageOn, estimatedAgeOn, todayIso } from "@kelias/domain";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries";

interface Person {
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  estimatedAge: number | null;
  ageEstimatedOn: string | null;
  sex: "female" | "male" | "intersex" | "unknown";
  citizenships: string[];
}

/** The identifying facts of a person as a description list. */
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
  const rows: [string, string][] = [
    [t("person.name"), `${person.givenName} ${person.familyName}`],
    [t("person.age"), age],
    [t("person.sex"), t(`sex.${person.sex}`)],
    [t("person.citizenship"), person.citizenships.map((c) => countryName(c, locale)).join(", ")],
  ];
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
