import { z } from "zod";
import { CURRENCIES, moneyAmount } from "./case-record";
import { withIdempotencyKey } from "./idempotency";
import {
  emailInput,
  idInput,
  requiredTextInput,
  storableString,
  textInput,
  versionInput,
} from "./input-schemas";
import { PROGRAMMES } from "./programmes";
import { ROLES } from "./roles";
import { serviceTypeCode } from "./service-type-code";

/**
 * Inputs of the administration screens: accounts, one-time set-password links, reference data
 * (service types, history) and the audit-log search. No I/O.
 */

const text = textInput;
const requiredText = requiredTextInput;
const version = versionInput;
const distinct = <T>(list: readonly T[]) => new Set(list).size === list.length;

// ---------------------------------------------------------------------------------------------
// Accounts

const roles = z
  .array(z.enum(ROLES))
  .min(1, "required")
  .max(ROLES.length, "too_many")
  .refine(distinct, { message: "duplicate" });
const programmes = z
  .array(z.enum(PROGRAMMES))
  .max(PROGRAMMES.length, "too_many")
  .refine(distinct, { message: "duplicate" });

export const userCreateInput = z.object({
  name: requiredText(200),
  email: emailInput(),
  roles,
  programmes: programmes.default([]),
  team: text(100).default(""),
});
export type UserCreateInput = z.infer<typeof userCreateInput>;

/** The users list's search: every filter narrows; none lists everyone. */
export const userListInput = z
  .object({
    /** Part of a name or email, case- and accent-insensitive. */
    query: text(200).default(""),
    role: z.enum(ROLES).nullable().default(null),
    programme: z.enum(PROGRAMMES).nullable().default(null),
    active: z.boolean().nullable().default(null),
  })
  .default({ query: "", role: null, programme: null, active: null });
export type UserListInput = z.infer<typeof userListInput>;

export const userResetPasswordInput = z.object({ id: idInput(), version });
export type UserResetPasswordInput = z.infer<typeof userResetPasswordInput>;

/** A second administrator confirms that an account whose link an administrator saw reached its person. */
export const userConfirmHandoverInput = z.object({ id: idInput(), version });
export type UserConfirmHandoverInput = z.infer<typeof userConfirmHandoverInput>;

/** How long a set-password link works. */
export const SET_PASSWORD_LINK_HOURS = 48;

// ---------------------------------------------------------------------------------------------
// Reference data

/** Names of a service type; empty for a built-in type, whose names the interface's catalogs hold. */
const serviceTypeFields = {
  nameEn: text(200).default(""),
  nameLt: text(200).default(""),
  programmes: programmes.default([]),
  defaultUnitCost: moneyAmount.nullable().default(null),
  currency: z.enum(CURRENCIES).nullable().default(null),
};

/** A default cost needs its currency, and a currency its cost. */
function costOf(value: { defaultUnitCost: string | null; currency: string | null }, ctx: z.RefinementCtx) {
  if (value.defaultUnitCost !== null && value.currency === null) {
    ctx.addIssue({ code: "custom", path: ["currency"], message: "required" });
  }
  if (value.defaultUnitCost === null && value.currency !== null) {
    ctx.addIssue({ code: "custom", path: ["defaultUnitCost"], message: "required" });
  }
}

export const serviceTypeCreateInput = z
  .object({ code: serviceTypeCode, ...serviceTypeFields, ...withIdempotencyKey })
  .superRefine(costOf)
  .superRefine((value, ctx) => {
    // A type an administrator adds has no catalog entry: it needs both names.
    if (value.nameEn === "") ctx.addIssue({ code: "custom", path: ["nameEn"], message: "required" });
    if (value.nameLt === "") ctx.addIssue({ code: "custom", path: ["nameLt"], message: "required" });
  });
export type ServiceTypeCreateInput = z.infer<typeof serviceTypeCreateInput>;

export const serviceTypeUpdateInput = z
  .object({ id: idInput(), version, active: z.boolean(), ...serviceTypeFields })
  .superRefine(costOf)
  .superRefine((value, ctx) => {
    if ((value.nameEn === "") !== (value.nameLt === "")) {
      const missing = value.nameEn === "" ? "nameEn" : "nameLt";
      ctx.addIssue({ code: "custom", path: [missing], message: "required" });
    }
  });
export type ServiceTypeUpdateInput = z.infer<typeof serviceTypeUpdateInput>;

export const serviceTypeListInput = z
  .object({
    /** With the retired types too (they still name the services recorded with them). */
    includeInactive: z.boolean().default(false),
  })
  .default({ includeInactive: false });

export const REFERENCE_KINDS = ["partner", "unsafe_destinations", "service_type"] as const;
export type ReferenceKindName = (typeof REFERENCE_KINDS)[number];

/** The versions of one kind of reference data, newest first, paged by the id of the last one seen. */
export const referenceHistoryInput = z.object({
  kind: z.enum(REFERENCE_KINDS),
  entityId: textInput(100).nullable().default(null),
  before: z.number().int().min(1).nullable().default(null),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ReferenceHistoryInput = z.infer<typeof referenceHistoryInput>;

// ---------------------------------------------------------------------------------------------
// Audit log

export const AUDIT_OUTCOMES = ["allowed", "denied", "failed"] as const;

const isoDay = storableString().pipe(z.iso.date("invalid_date"));

/** The audit-log search: every filter narrows. Dates are whole days, in UTC, both included. */
export const auditSearchFilters = z
  .object({
    actorId: idInput("invalid").nullable().default(null),
    /** A record's id: a case, person, user, partner… */
    entityId: text(100).default(""),
    /** An action, or the start of one ("case." finds every case action). */
    action: text(100).default(""),
    outcome: z.enum(AUDIT_OUTCOMES).nullable().default(null),
    from: isoDay.nullable().default(null),
    to: isoDay.nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "before_start" });
    }
  });
export type AuditSearchFilters = z.infer<typeof auditSearchFilters>;

export const auditSearchInput = z.object({
  filters: auditSearchFilters.default({
    actorId: null,
    entityId: "",
    action: "",
    outcome: null,
    from: null,
    to: null,
  }),
  /** Keyset paging: the entries older than this sequence number. */
  beforeSeq: z.number().int().min(1).nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
export type AuditSearchInput = z.infer<typeof auditSearchInput>;
