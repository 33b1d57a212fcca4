import type { CountryCode } from "@kelias/domain";

/** Demo names in Latin transliteration, by the citizenships most often seen by the office. */
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
