import { appendAudit, serviceTypes } from "@kelias/db";
import {
  type ContractRedFlag,
  type CountryCode,
  caseScope,
  lastTwelveMonths,
  officeToday,
  type Programme,
  type TypeOfExploitation,
} from "@kelias/domain";
import ExcelJS from "exceljs";
import { deny } from "../authorize";
import type { Context } from "../context";
import { authed } from "../documents";
import type { ExportFile } from "./case-export";
import { dashboardFigures } from "./dashboard-figures";
import { CONTENT_TYPES } from "./export-writers";
import { reportProgrammes, reportRequestInput } from "./report-programmes";

/** The words of the report in the reader's language: sheet titles, column headers, vocabulary. */
export interface ReportLabels {
  text(key: string): string;
  programme(programme: Programme): string;
  state(state: string): string;
  /**
   * A service type's name: the names an administrator gave it (reference data, `names`), else the
   * catalog's. Then an HTCDS type of exploitation, a country, a contract red flag.
   */
  serviceType(code: string, names: { nameEn: string | null; nameLt: string | null } | undefined): string;
  exploitation(type: TypeOfExploitation): string;
  country(code: CountryCode): string;
  redFlag(flag: ContractRedFlag): string;
}

/**
 * The period report of one programme (or all the actor manages) as XLSX for donors: the
 * dashboard's figures, one sheet per table. Small (figures, not cases), so written in one go.
 */
export async function exportPeriodReport(
  context: Context,
  raw: unknown,
  labels: ReportLabels,
): Promise<ExportFile> {
  // Every refusal of the route is audited under its own name, as a procedure's under its path.
  const ctx = { ...(await authed(context, "report.export")), action: "report.export" };
  const parsed = reportRequestInput.safeParse(raw);
  if (!parsed.success) return deny(ctx, ctx.action, "BAD_REQUEST");
  const input = parsed.data;
  const programmes = await reportProgrammes(ctx, input.programme);
  const today = officeToday(new Date());
  const period = input.period ?? lastTwelveMonths(today);
  const f = await dashboardFigures(ctx, caseScope(ctx.user, "access"), programmes, period, today);
  const t = labels.text;
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, header: string[], rows: (string | number | null)[][]) => {
    const ws = workbook.addWorksheet(name);
    ws.addRow(header).font = { bold: true };
    ws.addRows(rows);
    ws.columns.forEach((column) => {
      column.width = 22;
    });
  };
  sheet(
    t("sheetSummary"),
    [t("item"), t("value")],
    [
      [t("period"), `${period.from} – ${period.to}`],
      [t("programmes"), programmes.map(labels.programme).join(", ")],
      [t("generatedOn"), today],
    ],
  );
  sheet(
    t("openByState"),
    [t("programme"), t("state"), t("cases")],
    f.openByState.map((r) => [labels.programme(r.programme), labels.state(r.state), r.cases]),
  );
  sheet(
    t("perMonth"),
    [t("programme"), t("month"), t("opened"), t("closed")],
    f.perMonth.map((r) => [labels.programme(r.programme), r.month, r.opened, r.closed]),
  );
  sheet(
    t("caseload"),
    [t("caseworker"), t("openCases"), t("overdueCases")],
    f.caseload.map((r) => [r.name, r.open, r.overdue]),
  );
  if (f.avrr) {
    sheet(
      t("avrrReturns"),
      [t("destination"), t("cases")],
      [
        ...f.avrr.returns.map((r) => [r.country ? labels.country(r.country) : t("unknown"), r.cases]),
        [t("medianDaysToDeparture"), f.avrr.medianDaysToDeparture],
      ],
    );
  }
  if (f.counterTrafficking) {
    sheet(
      t("ctFigures"),
      [t("stage"), t("breakdown"), t("value"), t("cases")],
      f.counterTrafficking.stages.flatMap((s) => [
        [t(`stage_${s.stage}`), t("total"), "", s.cases],
        ...s.byExploitation.map((r) => [
          t(`stage_${s.stage}`),
          t("exploitation"),
          labels.exploitation(r.type),
          r.cases,
        ]),
        ...s.byCitizenship.map((r) => [
          t(`stage_${s.stage}`),
          t("citizenship"),
          labels.country(r.country),
          r.cases,
        ]),
      ]),
    );
  }
  if (f.socialAssistance) {
    const types = await ctx.db
      .select({ code: serviceTypes.code, nameEn: serviceTypes.nameEn, nameLt: serviceTypes.nameLt })
      .from(serviceTypes);
    const byCode = new Map(types.map((type) => [type.code, type]));
    sheet(
      t("services"),
      [t("serviceType"), t("services"), t("quantity"), t("cases"), t("cost")],
      f.socialAssistance.services.map((r) => [
        labels.serviceType(r.type, byCode.get(r.type)),
        r.services,
        r.quantity,
        r.cases,
        r.costs.map((c) => `${c.total} ${c.currency}`).join("; "),
      ]),
    );
  }
  if (f.labourMigration) {
    sheet(
      t("contractChecks"),
      [t("item"), t("cases")],
      [
        [t("contractChecks"), f.labourMigration.contractChecks],
        [t("withRedFlags"), f.labourMigration.withRedFlags],
        ...f.labourMigration.byFlag.map((r) => [labels.redFlag(r.flag), r.cases]),
      ],
    );
  }
  const buffer = await workbook.xlsx.writeBuffer();
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action: "report.export",
    outcome: "allowed",
    ip: ctx.ip,
    detail: { programmes, period },
  });
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  return {
    fileName: `report-${period.from}-${period.to}.xlsx`,
    contentType: CONTENT_TYPES.xlsx,
    body: new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    }),
  };
}
