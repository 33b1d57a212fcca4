/** Calls a procedure of a caller by its dotted path, at any depth (`case.note.add`). */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  let node: unknown = caller;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "function") throw new Error(`no procedure ${path} on the caller`);
  return (node as (input: unknown) => Promise<unknown>)(input);
}
