import { z } from "zod";

/**
 * Every action the audit log records, with the shape of its detail. A procedure's action is its
 * tRPC path (`case.note.add`); the router-walk test holds the catalogue and the router together, so
 * a procedure cannot ship without an entry, and an entry cannot outlive its procedure.
 *
 * Refusals are recorded under the same action with the refusal detail (`refusalDetail`), whatever
 * the procedure: the outcome column tells them apart.
 */
const noteId = z.uuid();

export const auditCatalogue = {
  "case.note.add": z.object({ noteId }),
  "case.note.edit": z.object({ noteId, version: z.number().int() }),
} as const satisfies Record<string, z.ZodType>;

export type AuditAction = keyof typeof auditCatalogue;
export type AuditDetail<A extends AuditAction> = z.input<(typeof auditCatalogue)[A]>;

/** The detail of every refusal: the answered code and, where there is one, the stable reason. */
export const refusalDetail = z
  .object({
    code: z.enum(["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "BAD_REQUEST"]),
    reason: z.string().optional(),
  })
  .loose();

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(auditCatalogue, action);
}

/**
 * Names older entries were written under, by the name that replaced them. The log is append-only
 * and hash-chained, so old entries keep their names; the search looks for both.
 */
export const LEGACY_AUDIT_ACTIONS: Partial<Record<AuditAction, readonly string[]>> = {
  "case.note.add": [],
  "case.note.edit": [],
};

/** Every name an entry of `action` may carry: the action and the names it replaced. */
export function auditNamesOf(action: string): string[] {
  return isAuditAction(action) ? [action, ...(LEGACY_AUDIT_ACTIONS[action] ?? [])] : [action];
}

/** The legacy names of every action under a prefix (`case.` → the old names of every case.* action). */
export function legacyNamesUnder(prefix: string): string[] {
  return Object.entries(LEGACY_AUDIT_ACTIONS).flatMap(([action, old]) =>
    action.startsWith(prefix) ? [...(old ?? [])] : [],
  );
}
