import {
  COUNTRY_CODES,
  type CountryCode,
  HOUSEHOLD_RELATIONSHIPS,
  type HouseholdRelationship,
  IDENTITY_DOCUMENT_TYPES,
  type IdentityDocumentType,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { created } from "./authored";
import { belongsTo, id, oneOf } from "./columns";
import { people } from "./people";

/**
 * A person's identity documents (a sensitive category: read through the field policy). Numbers are
 * stored normalised (upper case, no spaces or separators) so that a duplicate search matches exactly.
 */
export const personIdentityDocuments = pgTable(
  "person_identity_documents",
  {
    id: id(),
    personId: belongsTo(() => people.id),
    /** Order in which the caseworker listed them. */
    position: integer().notNull(),
    type: text().$type<IdentityDocumentType>().notNull(),
    number: text().notNull(),
    issuingCountry: text().$type<CountryCode>().notNull(),
    expiresOn: date({ mode: "string" }),
    ...created(),
  },
  (t) => [
    index("person_identity_documents_person_idx").on(t.personId, t.position),
    index("person_identity_documents_number_idx").on(t.number),
    check("person_identity_documents_type_check", oneOf(t.type, IDENTITY_DOCUMENT_TYPES)),
    check("person_identity_documents_issuing_country_check", oneOf(t.issuingCountry, COUNTRY_CODES)),
  ],
);

/**
 * Household links between people, stored in both directions (A's row says what B is to A, B's row
 * the inverse), so each person's household is one indexed read.
 */
export const personHouseholdMembers = pgTable(
  "person_household_members",
  {
    personId: belongsTo(() => people.id),
    memberId: belongsTo(() => people.id),
    /** What the member is to the person. */
    relationship: text().$type<HouseholdRelationship>().notNull(),
    ...created(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.memberId] }),
    index("person_household_members_member_idx").on(t.memberId),
    check("person_household_members_not_self", sql`${t.personId} <> ${t.memberId}`),
    check("person_household_members_relationship_check", oneOf(t.relationship, HOUSEHOLD_RELATIONSHIPS)),
  ],
);
