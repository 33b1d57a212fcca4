import { cases } from "@kelias/db";
import { SENSITIVE_CATEGORIES, type SensitiveCategory, type SensitiveScope } from "@kelias/domain";
import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { AuthedContext } from "../context";
import { workingCases } from "../scope";

/**
 * The WHERE clause of the sensitive notes an actor may read, for a query that joins `cases`: the
 * query form of `inSensitiveScope` (and so of `can(case.field.read)`, which the domain tests hold
 * it to). `category` is the category's column, or one category.
 */
export function sensitiveReadableSql(
  ctx: Pick<AuthedContext, "db">,
  scope: SensitiveScope,
  category: AnyPgColumn | SensitiveCategory,
): SQL {
  const parts: SQL[] = [];
  const working = workingCases(ctx, scope);
  if (working) parts.push(working);
  for (const each of SENSITIVE_CATEGORIES) {
    const programmes = scope.managedProgrammes[each];
    if (programmes.length === 0) continue;
    if (typeof category === "string") {
      if (category === each) parts.push(inArray(cases.programme, [...programmes]));
    } else {
      const managed = and(eq(category, each), inArray(cases.programme, [...programmes]));
      if (managed) parts.push(managed);
    }
  }
  return parts.length > 0 ? (or(...parts) ?? sql`false`) : sql`false`;
}
