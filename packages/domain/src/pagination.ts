import { z } from "zod";
import { idInput, storableString } from "./input-schemas";

/**
 * Keyset pagination: a page is asked for relative to the last row seen (its sort key and id), so
 * page 50 costs what page 1 costs, and rows added meanwhile never shift a page.
 */
export interface Cursor {
  at: string;
  id: string;
}

// The cursor's text is ASCII (an ISO timestamp and a uuid), so btoa/atob suffice in both the browser and Node.
export function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify([cursor.at, cursor.id]))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

const cursorShape = z.tuple([storableString().pipe(z.iso.datetime({ offset: true })), idInput()]);

export function decodeCursor(value: string): Cursor | null {
  try {
    const parsed = cursorShape.safeParse(JSON.parse(atob(value.replaceAll("-", "+").replaceAll("_", "/"))));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

export const cursorParam = storableString()
  .max(200)
  .refine((v) => decodeCursor(v) !== null, { message: "invalid_cursor" });
