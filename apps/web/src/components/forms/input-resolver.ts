import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { ZodType } from "zod";
import { type FieldErrorCode, toCode } from "@/lib/field-errors";

/** One error of the procedure's input, where the schema put it. */
export interface InputIssue {
  path: string[];
  /** The zod issue code (`invalid_type`, `too_small`, `custom` …). */
  type: string;
  message: string;
}

/** Where an input error is shown in the form, and with which code; null to drop it. */
export type PlaceIssue<V> = (issue: InputIssue, values: V) => { name: string; code: FieldErrorCode } | null;

/** A value that is missing or not one of the choices reads as "required", as the API says it. */
export function issueCode(issue: Pick<InputIssue, "type" | "message">): FieldErrorCode {
  return issue.type === "invalid_value" || issue.type === "invalid_type" ? "required" : toCode(issue.message);
}

/** By default an error belongs to the field named like the input's top-level key. */
export const defaultPlace: PlaceIssue<unknown> = (issue) => ({
  name: issue.path[0] ?? "root",
  code: issueCode(issue),
});

function collect(node: unknown, path: string[], out: InputIssue[]) {
  if (typeof node !== "object" || node === null) return;
  const error = node as { type?: unknown; message?: unknown };
  const isError = typeof error.type === "string" && typeof error.message === "string";
  if (isError) out.push({ path, type: error.type as string, message: error.message as string });
  for (const [key, child] of Object.entries(node)) {
    // A rule on a whole list (`duplicate`) is nested as the list's `root`: it belongs to the list.
    if (key === "root") collect(child, path, out);
    // An error's own keys are not fields; a field may still be called `type` (a document's type).
    else if (!(isError && (key === "ref" || key === "type" || key === "message" || key === "types"))) {
      collect(child, [...path, key], out);
    }
  }
}

function setAt(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== "object" || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

/**
 * Checks the form with the procedure's own input schema (the one the API parses): the form's
 * values are first turned into that input (`toInput` adds what the form does not hold, such as the
 * case id and version), then zod's errors are placed on the form's fields, each with its message
 * code (`errors.field.<code>`), the first one per field. A valid form submits the parsed input.
 */
export function inputResolver<V extends FieldValues, I>(
  schema: ZodType<I>,
  toInput: (values: V) => unknown,
  place: PlaceIssue<V> = defaultPlace,
): Resolver<V, unknown, I> {
  const check = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, I>;
  return async (values, context, options) => {
    const input = toInput(values) as FieldValues;
    // The form's field names and refs are not the input's: zod's paths are placed below instead.
    const { names: _formNames, ...rest } = options;
    const result = await check(input, context, { ...rest, fields: {} });
    const issues: InputIssue[] = [];
    collect(result.errors, [], issues);
    if (issues.length === 0) return { values: result.values as I, errors: {} };
    const errors: Record<string, unknown> = {};
    const placed = new Set<string>();
    for (const issue of issues) {
      const where = place(issue, values);
      if (!where || placed.has(where.name)) continue;
      placed.add(where.name);
      setAt(errors, where.name, { type: issue.type, message: where.code });
    }
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}
