import type { CountryCode, Sex } from "@kelias/domain";
import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { users } from "./users";

export const people = pgTable(
  "people",
  {
    id: id(),
    givenName: text().notNull(),
    familyName: text().notNull(),
    dateOfBirth: date({ mode: "string" }),
    estimatedAge: integer(),
    /** The day the age was estimated, so the estimate can be carried forward to any later date. */
    ageEstimatedOn: date({ mode: "string" }),
    sex: text().$type<Sex>().notNull(),
    citizenships: text().array().$type<CountryCode[]>().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    version: version(),
    ...timestamps(),
  },
  (t) => [index("people_family_name_idx").on(t.familyName)],
);

export type PersonRow = typeof people.$inferSelect;
