import { FAMILY_RELATIONSHIPS, type FamilyRelationship, PROGRAMMES, type Programme } from "@kelias/domain";
import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { authored, created } from "./authored";
import { cases } from "./cases";
import { belongsTo, id, oneOf, version } from "./columns";

/**
 * A family (household): the cases of people registered and moved together, one case per person,
 * all in the family's programme (a trigger of migration 0026 checks each member's case). Its version
 * is claimed by every change of its members and by every family move.
 */
export const families = pgTable(
  "families",
  {
    id: id(),
    programme: text().$type<Programme>().notNull(),
    version: version(),
    ...authored(),
  },
  (t) => [check("families_programme_check", oneOf(t.programme, PROGRAMMES))],
);

/**
 * The members: a case belongs to one family at most (the key), and each family has one head, the
 * principal applicant, to whom the other members' relationships are stated.
 */
export const familyMembers = pgTable(
  "family_members",
  {
    caseId: uuid()
      .primaryKey()
      .references(() => cases.id, { onDelete: "cascade" }),
    familyId: belongsTo(() => families.id),
    relationship: text().$type<FamilyRelationship>().notNull(),
    ...created(),
  },
  (t) => [
    check("family_members_relationship_check", oneOf(t.relationship, FAMILY_RELATIONSHIPS)),
    index("family_members_family_idx").on(t.familyId),
    uniqueIndex("family_members_one_head_key").on(t.familyId).where(sql`${t.relationship} = 'head'`),
  ],
);
