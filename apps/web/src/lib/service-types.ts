import { type Currency, SERVICE_TYPES } from "@kelias/domain";

export interface ServiceTypeNames {
  code: string;
  nameEn: string | null;
  nameLt: string | null;
}

const BUILT_IN: ReadonlySet<string> = new Set(SERVICE_TYPES);

/**
 * A service type's name in the reader's language: the names an administrator gave it, else the
 * catalog's name of a built-in type, else its code (a type no longer in the reference data).
 */
export function serviceTypeLabel(
  code: string,
  type: ServiceTypeNames | undefined,
  locale: string,
  catalogName: (code: (typeof SERVICE_TYPES)[number]) => string,
): string {
  const own = locale === "lt" ? type?.nameLt : type?.nameEn;
  if (own) return own;
  if (BUILT_IN.has(code)) return catalogName(code as (typeof SERVICE_TYPES)[number]);
  return code;
}

export interface DefaultCost {
  unitCost: string | null;
  currency: Currency | null;
}

/**
 * The cost a new service starts from: the type's default unit cost times the quantity, counted in
 * cents so that no binary rounding creeps in. Null without a default cost or a whole quantity.
 */
export function defaultCost(
  type: DefaultCost,
  quantity: string,
): { amount: string; currency: Currency } | null {
  if (type.unitCost === null || type.currency === null || !/^\d+$/.test(quantity.trim())) return null;
  const [whole = "0", fraction = ""] = type.unitCost.split(".");
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2));
  const total = cents * BigInt(quantity.trim());
  const amount = `${total / 100n}.${(total % 100n).toString().padStart(2, "0")}`;
  return { amount, currency: type.currency };
}
