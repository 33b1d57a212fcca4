import { PROGRAMMES, type Programme, ROLES, type Role } from "@kelias/domain";
import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { eachOf, id, timestamps, version } from "./columns";

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    roles: text().array().$type<Role[]>().notNull().default(sql`'{}'::text[]`),
    programmes: text().array().$type<Programme[]>().notNull().default(sql`'{}'::text[]`),
    team: text(),
    active: boolean().notNull().default(true),
    /** Demo accounts sign in only while the instance runs in demo mode. */
    isDemo: boolean().notNull().default(false),
    /** Bumped whenever access changes; a session carrying an older value is no longer valid. */
    sessionVersion: integer().notNull().default(1),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    check("users_roles_check", eachOf(t.roles, ROLES)),
    check("users_programmes_check", eachOf(t.programmes, PROGRAMMES)),
  ],
);

export type UserRow = typeof users.$inferSelect;
