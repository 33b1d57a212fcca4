import { appendAudit, cases, people, traffickingScreenings } from "@kelias/db";
import {
  ageOn,
  CTDC_COLUMNS,
  type CtdcExport,
  type CtdcQuasiIdentifier,
  type CtdcSubject,
  caseScope,
  ctdcExport,
  estimatedAgeOn,
  officeToday,
} from "@kelias/domain";
import { and, eq, ne } from "drizzle-orm";
import { authorize } from "../authorize";
import type { AuthedContext, Context } from "../context";
import { authed } from "../documents";
import { caseScopeSql } from "../scope";
import type { ExportFile } from "./case-export";
import { type Cell, CONTENT_TYPES, csvStream, xlsxStream } from "./export-writers";

/** Completed years on `on`, from a date of birth or an estimate carried forward; null when unknown. */
function ageAt(on: string | null, birth: string | null, estimate: { age: number; on: string } | null) {
  if (!on) return null;
  if (birth) return birth <= on ? ageOn(birth, on) : null;
  return estimate ? estimatedAgeOn(estimate.age, estimate.on, on) : null;
}

/**
 * The counter-trafficking cases in the actor's scope that were screened and not found to be no
 * victim, as CTDC subjects. The whole set is needed at once: k-anonymity is a property of the
 * file, not of a row.
 */
async function ctdcSubjects(ctx: AuthedContext): Promise<CtdcSubject[]> {
  const rows = await ctx.db
    .select({
      openedAt: cases.openedAt,
      gender: people.gender,
      dateOfBirth: people.dateOfBirth,
      estimatedAge: people.estimatedAge,
      ageEstimatedOn: people.ageEstimatedOn,
      citizenships: people.citizenships,
      facts: traffickingScreenings.facts,
      typesOfExploitation: traffickingScreenings.typesOfExploitation,
      methodsOfControl: traffickingScreenings.methodsOfControl,
      sexualExploitationTypes: traffickingScreenings.sexualExploitationTypes,
      forcedLabourIndustries: traffickingScreenings.forcedLabourIndustries,
      recruitmentMethods: traffickingScreenings.recruitmentMethods,
      relationshipToTrafficker: traffickingScreenings.relationshipToTrafficker,
      countryOfExploitation: traffickingScreenings.countryOfExploitation,
    })
    .from(cases)
    .innerJoin(traffickingScreenings, eq(traffickingScreenings.caseId, cases.id))
    .innerJoin(people, eq(people.id, cases.personId))
    .where(
      and(
        // Anonymised to k = 11, no row names a case: every counter-trafficking case counts, restricted
        // as they all are.
        caseScopeSql(ctx, caseScope(ctx.user, "access")),
        eq(cases.programme, "counter_trafficking"),
        ne(cases.state, "not_a_victim"),
      ),
    );
  return rows.map((row) => {
    const registeredOn = officeToday(row.openedAt);
    const birth = row.dateOfBirth ?? row.facts.dateOfBirth ?? null;
    const estimate =
      row.estimatedAge !== null && row.ageEstimatedOn
        ? { age: row.estimatedAge, on: row.ageEstimatedOn }
        : row.facts.estimatedAge !== null && row.facts.screenedOn
          ? { age: row.facts.estimatedAge, on: row.facts.screenedOn }
          : null;
    return {
      registeredOn,
      gender: row.gender,
      ageAtRegistration: ageAt(registeredOn, birth, estimate),
      ageAtExploitation: ageAt(row.facts.dateOfAct ?? null, birth, estimate),
      citizenship: row.citizenships[0] ?? null,
      countryOfExploitation: row.countryOfExploitation,
      meansOfControl: row.methodsOfControl,
      exploitationTypes: row.typesOfExploitation,
      labourSections: row.forcedLabourIndustries,
      sexualExploitationTypes: row.sexualExploitationTypes,
      relationshipToTrafficker: row.relationshipToTrafficker,
      recruitmentMethods: row.recruitmentMethods,
    };
  });
}

/** The anonymised CTDC data set of the actor's counter-trafficking cases; counter-trafficking managers only. */
export async function ctdcDataset(ctx: AuthedContext): Promise<CtdcExport> {
  await authorize(ctx, { kind: "ctdc.export" });
  return ctdcExport(await ctdcSubjects(ctx));
}

/**
 * The words of the summary sheet in the reader's language (the data sheet keeps the CTDC's own
 * column names: that is the format the global dataset reads).
 */
export interface CtdcLabels {
  sheetName: string;
  item: string;
  value: string;
  k: string;
  rowsIn: string;
  rowsOut: string;
  dropped: string;
  /** "Values given as bands: Age" and "Values replaced by unknown: Citizenship". */
  generalised(column: string): string;
  suppressed(column: string): string;
  /** A quasi-identifier's name, e.g. "Country of exploitation" for `CountryOfExploitation`. */
  column(column: CtdcQuasiIdentifier): string;
}

/** The summary sheet: what was generalised, suppressed and dropped to reach k, in words. */
function summaryRows(summary: CtdcExport["summary"], labels: CtdcLabels): Cell[][] {
  const name = (column: string) => labels.column(column as CtdcQuasiIdentifier);
  return [
    [labels.item, labels.value],
    [labels.k, summary.k],
    [labels.rowsIn, summary.rowsIn],
    [labels.rowsOut, summary.rowsOut],
    [labels.dropped, summary.dropped],
    ...Object.entries(summary.generalised).map(([column, cells]): Cell[] => [
      labels.generalised(name(column)),
      cells,
    ]),
    ...Object.entries(summary.suppressed).map(([column, cells]): Cell[] => [
      labels.suppressed(name(column)),
      cells,
    ]),
  ];
}

/** The CTDC file (CSV, or XLSX with a summary sheet), audited with its summary. */
export async function exportCtdc(
  context: Context,
  format: "csv" | "xlsx",
  labels: CtdcLabels,
): Promise<ExportFile> {
  const ctx = await authed(context, "ctdc.export");
  const { rows, summary } = await ctdcDataset(ctx);
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action: "ctdc.export",
    outcome: "allowed",
    ip: ctx.ip,
    detail: { format, ...summary },
  });
  async function* batches() {
    yield rows.map((row) => CTDC_COLUMNS.map((column): Cell => row[column]));
  }
  const source = { header: [...CTDC_COLUMNS], batches: batches(), onDone: async () => undefined };
  return {
    fileName: `ctdc-${officeToday(new Date())}.${format}`,
    contentType: CONTENT_TYPES[format],
    body:
      format === "csv"
        ? csvStream(source)
        : xlsxStream(source, "CTDC", [{ name: labels.sheetName, rows: summaryRows(summary, labels) }]),
  };
}
