import type { NotNull } from "drizzle-orm";
import { uuid } from "drizzle-orm/pg-core";
import { now } from "./columns";
import { users } from "./users";

/*
 * Who wrote a row and when. Apart from `columns.ts` because they reference `users`, whose own table
 * is built from `columns.ts`.
 */

/** A reference to a user (add `.notNull()` when there always is one). */
export const userRef = () => uuid().references(() => users.id);

type UserRef = ReturnType<typeof userRef>;

interface Authorship<Nullable extends boolean> {
  /** The row may have been written by no user: a migration loaded it, or the system made it. */
  nullable?: Nullable;
}

type Author<Nullable extends boolean> = Nullable extends true ? UserRef : NotNull<UserRef>;

function author<Nullable extends boolean>({ nullable }: Authorship<Nullable>): Author<Nullable> {
  return (nullable ? userRef() : userRef().notNull()) as Author<Nullable>;
}

export const created = <Nullable extends boolean = false>(authorship: Authorship<Nullable> = {}) => ({
  createdBy: author(authorship),
  createdAt: now(),
});

export const updated = <Nullable extends boolean = false>(authorship: Authorship<Nullable> = {}) => ({
  updatedBy: author(authorship),
  updatedAt: now(),
});

/** Both: who created the row and when, and who last changed it and when. */
export const authored = <Nullable extends boolean = false>(authorship: Authorship<Nullable> = {}) => ({
  ...created(authorship),
  ...updated(authorship),
});
