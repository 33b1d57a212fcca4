import { type AuditSearchFilters, auditSearchFilters } from "@kelias/domain";

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

const NAMES = {
  actorId: "actor",
  entityId: "entity",
  action: "action",
  outcome: "outcome",
  from: "from",
  to: "to",
} as const satisfies Record<keyof AuditSearchFilters, string>;

function read(params: Params, name: string): string {
  if (params instanceof URLSearchParams) return params.get(name) ?? "";
  const value = params[name];
  return typeof value === "string" ? value : "";
}

/** The audit-log search as it travels in the address (page, export link): raw, not yet checked. */
export function auditFiltersFromParams(params: Params) {
  const text = (name: string) => read(params, name).trim();
  const orNull = (name: string) => text(name) || null;
  return {
    actorId: orNull(NAMES.actorId),
    entityId: text(NAMES.entityId),
    action: text(NAMES.action),
    outcome: orNull(NAMES.outcome),
    from: orNull(NAMES.from),
    to: orNull(NAMES.to),
  };
}

/** Checked filters, or null when the address holds a search that is not valid. */
export function parseAuditFilters(params: Params): AuditSearchFilters | null {
  const parsed = auditSearchFilters.safeParse(auditFiltersFromParams(params));
  return parsed.success ? parsed.data : null;
}

/** The address of a search (and page): only the filters that narrow it. */
export function auditSearchQuery(
  filters: Partial<Record<keyof AuditSearchFilters, string | null>>,
  before?: number,
) {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(NAMES) as [keyof AuditSearchFilters, string][]) {
    const value = filters[key];
    if (value) params.set(name, value);
  }
  if (before) params.set("before", String(before));
  return params.toString();
}
