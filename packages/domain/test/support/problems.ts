import type { z } from "zod";

/** The issues of a refused input as `path: message`, so a test names exactly what it expects; none if accepted. */
export function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`);
}
