/**
 * Reintegration after an AVRR return (domain brief §4, IOM Reintegration Handbook): the three
 * dimensions of reintegration, the kinds of support a plan gives and how each item stands.
 */

/** The three dimensions, in the handbook's order. */
export const REINTEGRATION_DIMENSIONS = ["economic", "social", "psychosocial"] as const;
export type ReintegrationDimension = (typeof REINTEGRATION_DIMENSIONS)[number];

/** In-kind support (goods, services, training) or cash. */
export const SUPPORT_KINDS = ["in_kind", "cash"] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const SUPPORT_STATUSES = ["planned", "in_progress", "delivered", "cancelled"] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/** How a monitoring contact was made. */
export const MONITORING_MODES = ["visit", "call"] as const;
export type MonitoringMode = (typeof MONITORING_MODES)[number];

/** How the returnee's situation was found at a monitoring contact. */
export const MONITORING_SITUATIONS = ["stable", "improving", "fragile", "critical"] as const;
export type MonitoringSituation = (typeof MONITORING_SITUATIONS)[number];
