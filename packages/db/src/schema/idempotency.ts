import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { belongsTo } from "./columns";
import { users } from "./users";

/**
 * The idempotency keys clients sent with writes that create records, with what the write answered,
 * so that a retried submission gets the first answer instead of a second record. A key belongs to
 * the user who sent it; the API prunes keys older than a day as it writes new ones.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    actorId: belongsTo(() => users.id),
    key: uuid().notNull(),
    /** The tRPC path (or route) of the write: a key is never replayed for another procedure. */
    procedure: text().notNull(),
    /** SHA-256 of the canonical JSON of the input without the key: a changed input is refused. */
    inputHash: text().notNull(),
    /** What the write answered (superjson); null only inside the transaction that claimed the key. */
    result: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.actorId, t.key] }),
    index("idempotency_keys_created_at_idx").on(t.createdAt),
  ],
);
