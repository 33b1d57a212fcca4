import { openDatabase } from "../../src/client";
import { createTestDatabase } from "./postgres";

/** The two databases the product runs on, each opened empty; `drop` removes what `open` made. */
export const backends = [
  {
    name: "PostgreSQL",
    open: async () => {
      const database = await createTestDatabase();
      const handle = await openDatabase({ kind: "postgres", url: database.url, maxConnections: 8 });
      return { handle, drop: () => database.drop() };
    },
  },
  {
    name: "PGlite",
    open: async () => ({
      handle: await openDatabase({ kind: "embedded", dataDir: undefined }),
      drop: async () => undefined,
    }),
  },
] as const;
