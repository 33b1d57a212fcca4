import { z } from "zod";
import { idInput } from "../input-schemas";
import type { SensitiveCategory } from "../policy";
import { ALL_CASE_STATES, PROGRAMMES } from "../programmes";
import { caseFigureFilterShape } from "./case-filter";

/**
 * The columns a user can choose for a case-list export. Sensitive ones name their category: a
 * reader who may not see it gets "withheld" in the cell, exactly as on the case page.
 */
export const EXPORT_COLUMNS = {
  reference: null,
  programme: null,
  state: null,
  openedAt: null,
  closedAt: null,
  restricted: null,
  owner: null,
  givenName: null,
  familyName: null,
  dateOfBirth: null,
  sex: null,
  gender: null,
  citizenships: null,
  destinationCountry: null,
  referralSource: null,
  healthNote: "health",
  traffickingNote: "trafficking",
  identityDocumentsNote: "identity_documents",
} as const satisfies Record<string, SensitiveCategory | null>;
export type ExportColumn = keyof typeof EXPORT_COLUMNS;
export const EXPORT_COLUMN_NAMES = Object.keys(EXPORT_COLUMNS) as [ExportColumn, ...ExportColumn[]];

/**
 * What the export dialog offers ticked. The person's name is among them: a list of references
 * alone is of little use to whoever works the cases. It is personal data, not a sensitive
 * category: the export holds only the cases the reader may list (never a restricted one), the same
 * names the case list shows them, and each export is audited with the columns it wrote.
 */
export const DEFAULT_EXPORT_COLUMNS: ExportColumn[] = [
  "reference",
  "givenName",
  "familyName",
  "programme",
  "state",
  "openedAt",
  "owner",
];

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A case-list export: the same filters as the list, and the columns chosen, in their order. */
export const caseExportInput = z.object({
  format: z.enum(EXPORT_FORMATS),
  columns: z
    .array(z.enum(EXPORT_COLUMN_NAMES))
    .min(1, "required")
    .refine((list) => new Set(list).size === list.length, { message: "duplicate" }),
  view: z.enum(["mine", "all"]).default("all"),
  programme: z.enum(PROGRAMMES).optional(),
  state: z.enum(ALL_CASE_STATES).optional(),
  assigneeId: idInput().optional(),
  overdue: z.boolean().optional(),
  ...caseFigureFilterShape,
});
export type CaseExportInput = z.infer<typeof caseExportInput>;
