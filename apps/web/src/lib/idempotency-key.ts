import { useCallback, useState } from "react";

interface RandomSource {
  randomUUID?: (() => string) | undefined;
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}

/**
 * A random (version 4) uuid. `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost),
 * so an office reaching the app over plain HTTP on its own network gets one from `getRandomValues`.
 */
export function newIdempotencyKey(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One idempotency key per submission of a create form: made when the form opens, sent again when
 * the user resubmits after an error (the first attempt may have been saved although its answer was
 * lost, and the server then answers it instead of saving twice), renewed once a save succeeded so
 * the next entry is a record of its own.
 */
export function useIdempotencyKey(): { key: string; renew: () => void } {
  const [key, setKey] = useState(() => newIdempotencyKey());
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return { key, renew };
}
