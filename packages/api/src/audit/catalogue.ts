import { CONSENT_PURPOSES, PARTNER_KINDS, REFERRAL_STATUSES, TASK_ORIGINS } from "@kelias/domain";
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
const version = z.number().int();
const consentId = z.uuid();
const referralId = z.uuid();
const serviceId = z.uuid();
const taskId = z.uuid();
const partnerId = z.uuid();
/** The service type code a service names (it may keep a type since retired). */
const serviceType = z.string();
const dueDate = z.string().nullable();
const purpose = z.enum(CONSENT_PURPOSES);
const referralStatus = z.enum(REFERRAL_STATUSES);

export const auditCatalogue = {
  "case.consent.record": z.object({ consentId, purpose, partnerId: partnerId.nullable() }),
  "case.consent.withdraw": z.object({ consentId, purpose }),
  "case.note.add": z.object({ noteId }),
  "case.note.edit": z.object({ noteId, version }),
  "case.referral.add": z.object({ referralId, partnerId, consentId }),
  "case.referral.setStatus": z.object({ referralId, from: referralStatus, status: referralStatus }),
  "case.service.add": z.object({ serviceId, type: serviceType }),
  "case.service.edit": z.object({ serviceId, type: serviceType, version }),
  "case.task.add": z.object({ taskId, dueDate }),
  "case.task.edit": z.object({ taskId, dueDate, version }),
  /** `done` false: the task was opened again. */
  "case.task.setDone": z.object({ taskId, origin: z.enum(TASK_ORIGINS), done: z.boolean() }),
  "partner.create": z.object({ name: z.string(), kind: z.enum(PARTNER_KINDS) }),
  "partner.update": z.object({ name: z.string(), kind: z.enum(PARTNER_KINDS), active: z.boolean(), version }),
  "serviceType.create": z.object({ code: z.string(), version }),
  "serviceType.update": z.object({ code: z.string(), active: z.boolean(), version }),
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
  "case.referral.add": ["case.referral.create"],
  "case.referral.setStatus": ["case.referral.status"],
  // Ticking and reopening were two names; the detail's `done` tells them apart now.
  "case.task.setDone": ["case.task.done", "case.task.reopen"],
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
