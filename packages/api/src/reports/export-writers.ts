import { PassThrough, Readable } from "node:stream";
import { neutraliseCell, officeWallClockDate, spreadsheetDateTime } from "@kelias/domain";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

export type Cell = string | number | Date | null;

/** What a writer needs: a header and the rows, batch by batch, never all of them at once. */
export interface TableSource {
  header: string[];
  batches: AsyncIterable<Cell[][]>;
  /** Called once the last row is written (with how many), or when writing stopped early. */
  onDone(rows: number, completed: boolean): Promise<void>;
}

export const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** How an XLSX cell shows an instant: the office's date and time, as the CSV writes it. */
const XLSX_DATE_TIME = "yyyy-mm-dd hh:mm";

function csvText(value: Cell): string {
  if (value === null) return "";
  // The office's local date and time (`2026-03-21 14:05`), which spreadsheets read as a date.
  if (value instanceof Date) return spreadsheetDateTime(value);
  return neutraliseCell(String(value));
}

/**
 * CSV, UTF-8 with a byte-order mark (so spreadsheets read the accents), streamed one batch per
 * pull: the database is read only as fast as the client takes the file.
 */
export function csvStream(source: TableSource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = source.batches[Symbol.asyncIterator]();
  let rows = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${stringify([source.header.map(csvText)])}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        await source.onDone(rows, true);
        controller.close();
        return;
      }
      rows += next.value.length;
      controller.enqueue(encoder.encode(stringify(next.value.map((row) => row.map(csvText)))));
    },
    async cancel() {
      await iterator.return?.();
      await source.onDone(rows, false);
    },
  });
}

/**
 * XLSX through exceljs's streaming writer: each row is committed (written out and released) as it
 * is added, so memory holds a batch, not the sheet.
 */
export function xlsxStream(
  source: TableSource,
  sheetName: string,
  extraSheets: { name: string; rows: Cell[][] }[] = [],
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  let rows = 0;
  const write = async () => {
    const sheet = workbook.addWorksheet(sheetName);
    const header = sheet.addRow(source.header);
    header.font = { bold: true };
    header.commit();
    for await (const batch of source.batches) {
      for (const values of batch) {
        // exceljs writes a Date as UTC: give it the office's wall clock, shown as a date and time.
        const row = sheet.addRow(values.map((v) => (v instanceof Date ? officeWallClockDate(v) : v)));
        values.forEach((v, i) => {
          if (v instanceof Date) row.getCell(i + 1).numFmt = XLSX_DATE_TIME;
        });
        row.commit();
      }
      rows += batch.length;
      // Wait while the client is slower than the database, rather than buffering the file.
      if (output.writableNeedDrain) await new Promise((resolve) => output.once("drain", resolve));
    }
    sheet.commit();
    for (const extra of extraSheets) {
      const other = workbook.addWorksheet(extra.name);
      for (const values of extra.rows) other.addRow(values).commit();
      other.commit();
    }
    await workbook.commit();
    await source.onDone(rows, true);
  };
  write().catch(async (error: unknown) => {
    await source.onDone(rows, false).catch(() => undefined);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
