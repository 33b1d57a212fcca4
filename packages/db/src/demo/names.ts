import type { CountryCode } from "@kelias/domain";

/**
 * Demo names, by the citizenships most often seen by the office: in Latin transliteration, except
 * where `NATIVE_NAMES` has the name as written at home (see there).
 */
export const DEMO_ORIGINS: ReadonlyArray<{
  country: CountryCode;
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
}> = [
  {
    country: "UA",
    female: ["Olena", "Iryna", "Kateryna", "Oksana", "Nataliia"],
    male: ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Mykola"],
    family: ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk"],
  },
  {
    country: "BY",
    female: ["Volha", "Hanna", "Alena", "Tatsiana"],
    male: ["Aliaksandr", "Siarhei", "Uladzimir", "Pavel"],
    family: ["Kavaliou", "Novik", "Marozau", "Klimovich"],
  },
  {
    country: "TJ",
    female: ["Malika", "Zarina", "Nigora", "Firuza"],
    male: ["Farhod", "Rustam", "Jamshed", "Bahrom"],
    family: ["Rahimov", "Nazarov", "Saidov", "Karimov"],
  },
  {
    country: "UZ",
    female: ["Dilnoza", "Gulnora", "Shahnoza"],
    male: ["Otabek", "Sardor", "Jasur", "Bekzod"],
    family: ["Tursunov", "Yusupov", "Ergashev", "Abdullaev"],
  },
  {
    country: "IQ",
    female: ["Zainab", "Noor", "Fatima", "Maryam"],
    male: ["Ahmed", "Hussein", "Mustafa", "Ali"],
    family: ["Al-Jabouri", "Hassan", "Kareem", "Al-Obaidi"],
  },
  {
    country: "SY",
    female: ["Rania", "Lina", "Hala"],
    male: ["Omar", "Khaled", "Yousef", "Samer"],
    family: ["Haddad", "Darwish", "Khatib", "Mansour"],
  },
  {
    country: "NG",
    female: ["Chioma", "Blessing", "Ngozi", "Aisha"],
    male: ["Emeka", "Tunde", "Chinedu", "Ibrahim"],
    family: ["Okafor", "Adeyemi", "Eze", "Bello"],
  },
  {
    country: "LK",
    female: ["Nadeesha", "Dilani", "Kumari"],
    male: ["Nuwan", "Chaminda", "Ruwan"],
    family: ["Perera", "Fernando", "Silva", "Jayasinghe"],
  },
  {
    country: "IN",
    female: ["Priya", "Anjali", "Sunita"],
    male: ["Rahul", "Amit", "Harpreet", "Vikram"],
    family: ["Singh", "Kumar", "Sharma", "Patel"],
  },
  {
    country: "VN",
    female: ["Linh", "Thao", "Huong"],
    male: ["Minh", "Duc", "Tuan", "Quang"],
    family: ["Nguyen", "Tran", "Le", "Pham"],
  },
];

/**
 * Belarusian names as they are written in Belarus: demo people from Belarus are registered in
 * Cyrillic, with the Latin spelling above as their passport's transliteration, so the global search
 * shows names in another script found by a Latin query (`Marozau` finds `Марозаў`). The other demo
 * names are stored as listed above.
 */
export const NATIVE_NAMES: Readonly<Partial<Record<CountryCode, Readonly<Record<string, string>>>>> = {
  BY: {
    Volha: "Вольга",
    Hanna: "Ганна",
    Alena: "Алена",
    Tatsiana: "Таццяна",
    Aliaksandr: "Аляксандр",
    Siarhei: "Сяргей",
    Uladzimir: "Уладзімір",
    Pavel: "Павел",
    Kavaliou: "Кавалёў",
    Novik: "Новік",
    Marozau: "Марозаў",
    Klimovich: "Клімовіч",
  },
};

/** A demo name as its person writes it. */
export function nativeName(country: CountryCode, name: string): string {
  return NATIVE_NAMES[country]?.[name] ?? name;
}

/**
 * The first demo person, always the same whatever the seed: a Belarusian woman written in Cyrillic
 * with an AVRR case of the first caseworker's, for the search guide and its end-to-end test.
 */
export const FIRST_DEMO_PERSON = { country: "BY", givenName: "Hanna", familyName: "Marozau" } as const;
