import { resolveSessionUser } from "@kelias/auth";
import { caseSensitiveNotes, cases, people, verifyAuditChain } from "@kelias/db";
import {
  type CountryCode,
  CTDC_COLUMNS,
  CTDC_QUASI_IDENTIFIERS,
  DEFAULT_EXPORT_COLUMNS,
  type ExportColumn,
  type Gender,
  smallestClass,
  type TypeOfExploitation,
} from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CtdcLabels,
  type ExportLabels,
  exportCases,
  exportCtdc,
  exportPeriodReport,
} from "../src/server";
import { IP, PERSON, type TestUser, trpcError, useApiTest } from "./support/api-test";
import { addScreening, shapedCase } from "./support/report-fixtures";

const api = useApiTest();
const worker = api.user(["caseworker"], ["social_assistance", "counter_trafficking"]);
const colleague = api.user(["caseworker"], ["social_assistance", "counter_trafficking"]);
const manager = api.user(["manager"], ["social_assistance", "counter_trafficking"]);
const avrrManager = api.user(["manager"], ["avrr"]);
const admin = api.user(["admin"]);

const CTDC_LABELS: CtdcLabels = {
  sheetName: "Summary",
  item: "Item",
  value: "Value",
  k: "k",
  rowsIn: "Cases",
  rowsOut: "Rows published",
  dropped: "Rows left out",
  generalised: (column) => `Given as bands: ${column}`,
  suppressed: (column) => `Replaced by unknown: ${column}`,
  column: (column) => `<${column}>`,
};

const LABELS: ExportLabels = {
  column: (c) => `[${c}]`,
  programme: (p) => `P:${p}`,
  state: (s) => `S:${s}`,
  withheld: "(withheld)",
  yes: "yes",
  no: "no",
};

async function contextOf(user: TestUser | null) {
  return { db: api.db, user: user ? await resolveSessionUser(api.db, user.claims) : null, ip: IP };
}

async function text(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

async function csvRows(user: TestUser, input: Record<string, unknown>): Promise<string[][]> {
  const file = await exportCases(await contextOf(user), { format: "csv", ...input }, LABELS);
  expect(file.contentType).toBe("text/csv; charset=utf-8");
  return parse((await text(file.body)).replace(/^\uFEFF/, ""));
}

describe("case-list export", () => {
  it("writes the chosen columns of the actor's scope, cells that start a formula neutralised", async () => {
    const mine = await api.openCase(worker, "social_assistance");
    await api.db
      .update(people)
      .set({ familyName: '=HYPERLINK("http://x")', givenName: "@Olena" })
      .where(eq(people.id, mine.personId));
    const theirs = await api.openCase(colleague, "social_assistance");
    const rows = await csvRows(worker, {
      view: "all",
      programme: "social_assistance",
      columns: ["reference", "familyName", "givenName", "programme", "state"] satisfies ExportColumn[],
    });
    expect(rows[0]).toEqual(["[reference]", "[familyName]", "[givenName]", "[programme]", "[state]"]);
    const references = rows.slice(1).map((r) => r[0]);
    expect(references).toContain(mine.reference);
    expect(references).not.toContain(theirs.reference);
    expect(rows.find((r) => r[0] === mine.reference)).toEqual([
      mine.reference,
      '\'=HYPERLINK("http://x")',
      "'@Olena",
      "P:social_assistance",
      "S:intake",
    ]);
  });

  it("writes dates a spreadsheet recognises, on the office's clock, and the person's name by default", async () => {
    const c = await api.openCase(worker, "social_assistance");
    // 12:05 UTC on 21 March is 14:05 in Vilnius; the date of birth stays a calendar date.
    await api.db
      .update(cases)
      .set({ openedAt: new Date("2026-03-21T12:05:09.123Z") })
      .where(eq(cases.id, c.id));
    const rows = await csvRows(worker, {
      view: "mine",
      programme: "social_assistance",
      columns: [...DEFAULT_EXPORT_COLUMNS, "dateOfBirth"],
    });
    expect(rows[0]).toEqual([
      "[reference]",
      "[givenName]",
      "[familyName]",
      "[programme]",
      "[state]",
      "[openedAt]",
      "[owner]",
      "[dateOfBirth]",
    ]);
    const row = rows.find((r) => r[0] === c.reference);
    expect(row).toEqual([
      c.reference,
      PERSON.givenName,
      worker.name,
      "P:social_assistance",
      "S:intake",
      "2026-03-21 14:05",
      worker.name,
      PERSON.dateOfBirth,
    ]);
    // No ISO instant anywhere: no "T…Z", no milliseconds.
    expect(rows.flat().some((cell) => /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(cell))).toBe(false);
  });

  it("withholds sensitive fields from a reader who may not see them, as on screen", async () => {
    const c = await api.openCase(worker, "social_assistance");
    await api.db
      .insert(caseSensitiveNotes)
      .values({ caseId: c.id, category: "health", content: "Asthma", updatedBy: worker.id });
    const columns: ExportColumn[] = ["reference", "healthNote"];
    const own = await csvRows(worker, { view: "all", programme: "social_assistance", columns });
    expect(own.find((r) => r[0] === c.reference)).toEqual([c.reference, "Asthma"]);
    const managed = await csvRows(manager, { view: "all", programme: "social_assistance", columns });
    expect(managed.find((r) => r[0] === c.reference)).toEqual([c.reference, "(withheld)"]);
  });

  it("streams every row in the list's order, and audits who, what filter and how many", async () => {
    const bulkWorker = await api.createUser(["caseworker"], ["social_assistance"]);
    const opened: string[] = [];
    for (let i = 0; i < 5; i++) opened.push((await api.openCase(bulkWorker, "social_assistance")).reference);
    const seq = await api.lastAuditSeq();
    const rows = await csvRows(bulkWorker, { view: "mine", columns: ["reference"] });
    expect(rows.slice(1).map((r) => r[0])).toEqual([...opened].reverse());
    const entries = await api.auditSince(seq);
    expect(entries.map((e) => [e.action, e.outcome])).toEqual([
      ["case.export", "allowed"],
      ["case.export.finished", "allowed"],
    ]);
    expect(entries[0]).toMatchObject({
      actorId: bulkWorker.id,
      detail: { format: "csv", filter: { view: "mine" } },
    });
    expect(entries[1]?.detail).toMatchObject({ rows: 5, completed: true });
  });

  it("never writes a restricted case, for anyone who may open it", async () => {
    const ct = await api.openCase(worker, "counter_trafficking");
    for (const reader of [worker, manager]) {
      const file = await exportCases(
        await contextOf(reader),
        { format: "csv", view: "all", columns: ["reference", "restricted"] },
        LABELS,
      );
      const csv = await new Response(file.body).text();
      expect(csv).not.toContain(ct.reference);
      expect(csv).not.toMatch(/,yes\r?\n/);
    }
  });

  it("writes XLSX that a spreadsheet reads back", async () => {
    const c = await api.openCase(worker, "social_assistance");
    const file = await exportCases(
      await contextOf(worker),
      {
        format: "xlsx",
        view: "mine",
        programme: "social_assistance",
        columns: ["reference", "restricted", "openedAt"],
      },
      LABELS,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(file.body).arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, "[reference]", "[restricted]", "[openedAt]"]);
    const found = sheet
      ?.getRows(2, (sheet?.rowCount ?? 1) - 1)
      ?.find((r) => r.getCell(1).value === c.reference);
    expect(found?.getCell(2).value).toBe("no");
    expect(found?.getCell(3).value).toBeInstanceOf(Date);
    // Shown as the office's date and time, as in the CSV.
    expect(found?.getCell(3).numFmt).toBe("yyyy-mm-dd hh:mm");
  });

  it("refuses signed-out callers, admins and bad input, audited", async () => {
    await expect(
      exportCases(await contextOf(null), { format: "csv", columns: ["reference"] }, LABELS),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(
      exportCases(await contextOf(admin), { format: "csv", columns: ["reference"] }, LABELS),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const seq = await api.lastAuditSeq();
    const bad = exportCases(await contextOf(worker), { format: "pdf", columns: [] }, LABELS);
    await expect(bad).rejects.toBeInstanceOf(TRPCError);
    await expect(bad).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await api.auditSince(seq)).toEqual([
      expect.objectContaining({ action: "case.export", outcome: "denied" }),
    ]);
  });
});

describe("CTDC export", () => {
  /** A screened counter-trafficking case of a person of that citizenship, gender and birth date. */
  async function screenedVictim(
    person: { citizenship: CountryCode; gender: Gender; dateOfBirth: string },
    screening: { types: TypeOfExploitation[]; countryOfExploitation?: CountryCode },
  ) {
    const c = await shapedCase(api.db, {
      owner: worker,
      programme: "counter_trafficking",
      state: "assistance",
      openedAt: "2025-03-10T12:00:00+02:00",
      citizenships: [person.citizenship],
    });
    await api.db
      .update(people)
      .set({ gender: person.gender, dateOfBirth: person.dateOfBirth })
      .where(eq(people.id, c.personId));
    await addScreening(api.db, c.id, worker, { at: "2025-03-11T12:00:00+02:00", ...screening });
  }

  beforeAll(async () => {
    // Twelve alike (Ukrainian women, 30, forced labour in Lithuania) and one Nigerian man: rare.
    for (let i = 0; i < 12; i++) {
      await screenedVictim(
        { citizenship: "UA", gender: "Feminine", dateOfBirth: "1995-01-01" },
        { types: ["ForcedLabour"], countryOfExploitation: "LT" },
      );
    }
    await screenedVictim(
      { citizenship: "NG", gender: "Masculine", dateOfBirth: "1960-01-01" },
      { types: ["SexualExploitation"] },
    );
  });

  it("publishes no combination of quasi-identifiers matching fewer than 11 rows, with a summary", async () => {
    const caller = await api.as(manager);
    const summary = await caller.export.ctdcSummary();
    expect(summary.k).toBe(11);
    expect(summary.rowsIn).toBeGreaterThanOrEqual(13);
    // The rare row is either dropped or generalised into a crowd; which one depends on what else
    // the file's other tests put in the database, so the test asserts the outcome, not the route.
    expect(summary.rowsOut + summary.dropped).toBe(summary.rowsIn);
    const suppressedCells = Object.values(summary.suppressed).reduce((sum, n) => sum + n, 0);
    expect(summary.dropped + suppressedCells).toBeGreaterThanOrEqual(1);
    const file = await exportCtdc(await contextOf(manager), "csv", CTDC_LABELS);
    const [header, ...rows] = parse((await text(file.body)).replace(/^\uFEFF/, "")) as string[][];
    expect(header).toEqual([...CTDC_COLUMNS]);
    const records = rows.map((r) => Object.fromEntries(CTDC_COLUMNS.map((c, i) => [c, r[i] ?? ""])));
    expect(records.length).toBe(summary.rowsOut);
    expect(smallestClass(records, CTDC_QUASI_IDENTIFIERS)).toBeGreaterThanOrEqual(11);
    const ukrainians = records.filter((r) => r.citizenship === "UA");
    expect(ukrainians.length).toBeGreaterThanOrEqual(12);
    // Other test files share the database and may add Ukrainians of their own: this file's crowd is there.
    expect(ukrainians).toContainEqual(
      expect.objectContaining({
        gender: "Woman",
        ageBroad: "30--38",
        CountryOfExploitation: "LT",
        isForcedLabour: "1",
      }),
    );
    expect(records.some((r) => r.citizenship === "NG")).toBe(false);
  });

  it("is for counter-trafficking managers only, and audited", async () => {
    expect((await trpcError((await api.as(avrrManager)).export.ctdcSummary())).code).toBe("FORBIDDEN");
    expect((await trpcError((await api.as(worker)).export.ctdcSummary())).code).toBe("FORBIDDEN");
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "export.ctdcSummary",
      outcome: "denied",
    });
    await expect(exportCtdc(await contextOf(avrrManager), "csv", CTDC_LABELS)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const seq = await api.lastAuditSeq();
    const file = await exportCtdc(await contextOf(manager), "xlsx", CTDC_LABELS);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(file.body).arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["CTDC", "Summary"]);
    // The summary is in words, quasi-identifiers named by their labels, never as column keys.
    const summaryCells = (workbook.getWorksheet("Summary")?.getColumn(1).values ?? []).filter(Boolean);
    expect(summaryCells.slice(0, 5)).toEqual(["Item", "k", "Cases", "Rows published", "Rows left out"]);
    expect(summaryCells).toContain("Given as bands: <ageBroad>");
    expect(summaryCells.some((cell) => /^(generalised|suppressed)\./.test(String(cell)))).toBe(false);
    expect(await api.auditSince(seq)).toEqual([
      expect.objectContaining({
        action: "ctdc.export",
        outcome: "allowed",
        detail: expect.objectContaining({ k: 11, format: "xlsx" }),
      }),
    ]);
  });
});

describe("period report", () => {
  const labels = {
    text: (key: string) => `<${key}>`,
    programme: (p: string) => p,
    state: (x: string) => x,
    serviceType: (code: string, names?: { nameEn: string | null }) => `T:${names?.nameEn ?? code}`,
    exploitation: (x: string) => `E:${x}`,
    country: (x: string) => `C:${x}`,
    redFlag: (x: string) => `F:${x}`,
  };

  it("writes the dashboard's figures as XLSX, one sheet per table, audited", async () => {
    const seq = await api.lastAuditSeq();
    const file = await exportPeriodReport(
      await contextOf(manager),
      { programme: "social_assistance", period: { from: "2025-01", to: "2025-12" } },
      labels,
    );
    expect(file.fileName).toBe("report-2025-01-2025-12.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(file.body).arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "<sheetSummary>",
      "<openByState>",
      "<perMonth>",
      "<caseload>",
      "<services>",
    ]);
    expect(workbook.getWorksheet("<perMonth>")?.rowCount).toBe(13);
    expect(await api.auditSince(seq)).toEqual([
      expect.objectContaining({
        action: "report.export",
        outcome: "allowed",
        detail: { programmes: ["social_assistance"], period: { from: "2025-01", to: "2025-12" } },
      }),
    ]);
  });

  it("is refused for a programme not managed, and to caseworkers", async () => {
    await expect(
      exportPeriodReport(await contextOf(avrrManager), { programme: "social_assistance" }, labels),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportPeriodReport(await contextOf(worker), {}, labels)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Under the route's name, as the other refusals of the route.
    expect(await api.lastAuditOf(worker.id)).toMatchObject({ action: "report.export", outcome: "denied" });
    await expect(
      exportPeriodReport(await contextOf(manager), { period: { from: "2025-13", to: "2025-01" } }, labels),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
