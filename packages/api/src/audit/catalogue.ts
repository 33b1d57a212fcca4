import {
  auditSearchFilters,
  COUNTRY_CODES,
  CTDC_QUASI_IDENTIFIERS,
  PROGRAMMES,
  reflectionPeriodSetInput,
  reportPeriod,
} from "@kelias/domain";
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
const count = z.number().int().min(0);
const version = z.number().int().min(1);
const countries = z.array(z.enum(COUNTRY_CODES));
/** The office's sign-in settings, as saved (without their version). */
const securitySettingValues = z.strictObject({
  idleTimeoutMinutes: z.number().int(),
  absoluteLifetimeHours: z.number().int(),
  mfaRequiredForCaseworkers: z.boolean(),
});
const nothing = z.strictObject({});

export const auditCatalogue = {
  "account.mfa.begin": nothing,
  "account.mfa.confirm": nothing,
  "account.mfa.disable": nothing,
  "account.mfa.newRecoveryCodes": nothing,
  "account.password.change": z.strictObject({ sessionsEnded: count }),
  "account.session.signOutOthers": z.strictObject({ ended: count }),
  /** The search made (reading the log is itself audited). */
  "audit.list": z.strictObject({ filters: auditSearchFilters, beforeSeq: z.number().int().nullable() }),
  /** What the check of the hash chain found: the entries checked, the first broken one if any. */
  "audit.verify": z.strictObject({
    ok: z.boolean(),
    entries: count,
    brokenAt: z.number().int().optional(),
  }),
  "case.note.add": z.object({ noteId }),
  "case.note.edit": z.object({ noteId, version: z.number().int() }),
  "dashboard.figures": z.strictObject({ programmes: z.array(z.enum(PROGRAMMES)), period: reportPeriod }),
  /** What the CTDC file would hold: row counts and what k-anonymity generalised, suppressed, dropped. */
  "export.ctdcSummary": z.strictObject({
    k: z.number().int(),
    rowsIn: count,
    rowsOut: count,
    dropped: count,
    suppressed: z.partialRecord(z.enum(CTDC_QUASI_IDENTIFIERS), count),
    generalised: z.strictObject({ ageBroad: count, majorityStatusAtExploit: count }),
  }),
  "reference.unsafeDestination.set": z.strictObject({ added: countries, removed: countries, version }),
  "reflectionPeriod.remove": nothing,
  "reflectionPeriod.set": z.strictObject({ days: reflectionPeriodSetInput.shape.days, version }),
  "security.settings.update": z.strictObject({
    before: securitySettingValues,
    after: securitySettingValues,
    version,
  }),
  "security.user.resetMfa": z.strictObject({ removed: z.boolean(), sessionsEnded: count }),
  "security.user.signOut": z.strictObject({ ended: count }),
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
  "account.mfa.begin": [],
  "account.mfa.confirm": [],
  "account.mfa.disable": [],
  "account.mfa.newRecoveryCodes": ["account.mfa.recoveryCodes"],
  "account.password.change": [],
  "account.session.signOutOthers": ["account.sessions.signOutOthers"],
  "audit.list": ["audit.search"],
  "audit.verify": [],
  "case.note.add": [],
  "case.note.edit": [],
  "dashboard.figures": ["dashboard.read"],
  "export.ctdcSummary": ["ctdc.summary"],
  "reference.unsafeDestination.set": ["reference.setUnsafeDestinations"],
  "reflectionPeriod.remove": [],
  "reflectionPeriod.set": [],
  "security.settings.update": [],
  "security.user.resetMfa": ["security.resetMfa"],
  "security.user.signOut": ["security.signOutUser"],
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
