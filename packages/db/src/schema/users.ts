import { PROGRAMMES, type Programme, ROLES, type Role } from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { codes, eachOf, id, timestamps, version } from "./columns";

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    roles: codes<Role>(),
    programmes: codes<Programme>(),
    team: text(),
    active: boolean().notNull().default(true),
    /** Demo accounts sign in only while the instance runs in demo mode. */
    isDemo: boolean().notNull().default(false),
    /** Bumped whenever access changes; a session carrying an older value is no longer valid. */
    sessionVersion: integer().notNull().default(1),
    /**
     * The administrator who was shown this account's set-password link (no mail server): until a
     * second administrator confirms the handover, the account touches no case. Null: nothing pending.
     */
    handoverPendingBy: uuid().references((): AnyPgColumn => users.id),
    handoverPendingSince: timestamp({ withTimezone: true }),
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
