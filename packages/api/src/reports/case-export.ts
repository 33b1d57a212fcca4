import {
  appendAudit,
  caseAssignments,
  caseSensitiveNotes,
  cases,
  caseWorkflowFacts,
  people,
  users,
} from "@kelias/db";
import {
  type CaseExportInput,
  type CaseFacts,
  caseExportInput,
  caseScope,
  EXPORT_COLUMNS,
  type ExportColumn,
  isWithheld,
  officeToday,
  type Programme,
  type ReferralSource,
  type SensitiveCategory,
  withhold,
} from "@kelias/domain";
import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { authorize, deny } from "../authorize";
import { caseListFilters } from "../case-filters";
import { caseOwnerName, casePersonName, caseSummary } from "../case-summary";
import type { AuthedContext, Context } from "../context";
import { authed } from "../documents";
import { caseScopeSql } from "../scope";
import { type Cell, CONTENT_TYPES, csvStream, type TableSource, xlsxStream } from "./export-writers";

/** Rows read from the database per query: enough to keep round trips few, small enough to stream. */
export const EXPORT_BATCH = 500;

/** How the interface names things in the file: column headers and vocabulary in the reader's language. */
export interface ExportLabels {
  column(column: ExportColumn): string;
  programme(programme: Programme): string;
  state(state: string): string;
  /** The entry point; null: not recorded (without it, the code as stored). */
  referralSource?(source: ReferralSource | null): string;
  withheld: string;
  yes: string;
  no: string;
}

/** The list's filters, inside the actor's scope: no filter can widen it. */
function exportWhere(ctx: AuthedContext, input: CaseExportInput): SQL {
  // An export is a list: restricted cases are never among its rows.
  return and(caseScopeSql(ctx, caseScope(ctx.user, "listing")), ...caseListFilters(ctx, input)) as SQL;
}

/**
 * The matching cases in the list's order (newest first), a batch at a time by keyset: the next
 * batch starts after the last row of the previous one, so nothing is held but the batch.
 */
async function* caseBatches(
  ctx: AuthedContext,
  input: CaseExportInput,
  labels: ExportLabels,
): AsyncGenerator<Cell[][]> {
  const where = exportWhere(ctx, input);
  const sensitive = input.columns
    .map((c) => EXPORT_COLUMNS[c])
    .filter((c): c is SensitiveCategory => c !== null);
  let after: { at: Date; id: string } | null = null;
  while (true) {
    const keyset: SQL | undefined = after
      ? sql`(${cases.openedAt}, ${cases.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
      : undefined;
    const rows = await ctx.db
      .select({
        id: cases.id,
        ...caseSummary,
        closedAt: cases.closedAt,
        ...caseOwnerName,
        ...casePersonName,
        dateOfBirth: people.dateOfBirth,
        sex: people.sex,
        gender: people.gender,
        citizenships: people.citizenships,
        destinationCountry: caseWorkflowFacts.destinationCountry,
        referralSource: cases.referralSource,
      })
      .from(cases)
      .innerJoin(people, eq(people.id, cases.personId))
      .innerJoin(users, eq(users.id, cases.ownerId))
      .leftJoin(caseWorkflowFacts, eq(caseWorkflowFacts.caseId, cases.id))
      .where(and(where, keyset))
      .orderBy(desc(cases.openedAt), desc(cases.id))
      .limit(EXPORT_BATCH);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const [assignees, notes] = await Promise.all([
      sensitive.length === 0
        ? []
        : ctx.db
            .select({ caseId: caseAssignments.caseId, userId: caseAssignments.userId })
            .from(caseAssignments)
            .where(inArray(caseAssignments.caseId, ids)),
      sensitive.length === 0
        ? []
        : ctx.db
            .select({
              caseId: caseSensitiveNotes.caseId,
              category: caseSensitiveNotes.category,
              content: caseSensitiveNotes.content,
            })
            .from(caseSensitiveNotes)
            .where(
              and(inArray(caseSensitiveNotes.caseId, ids), inArray(caseSensitiveNotes.category, sensitive)),
            ),
    ]);
    yield rows.map((row) => {
      const facts: CaseFacts = {
        programme: row.programme,
        restricted: row.restricted,
        assigneeIds: assignees.filter((a) => a.caseId === row.id).map((a) => a.userId),
      };
      const note = (category: SensitiveCategory): Cell => {
        const content = notes.find((n) => n.caseId === row.id && n.category === category)?.content ?? null;
        const shown = withhold(ctx.user, facts, category, content);
        return isWithheld(shown) ? labels.withheld : shown;
      };
      const values: Record<ExportColumn, () => Cell> = {
        reference: () => row.reference,
        programme: () => labels.programme(row.programme),
        state: () => labels.state(row.state),
        openedAt: () => row.openedAt,
        closedAt: () => row.closedAt,
        restricted: () => (row.restricted ? labels.yes : labels.no),
        owner: () => row.ownerName,
        givenName: () => row.personGivenName,
        familyName: () => row.personFamilyName,
        dateOfBirth: () => row.dateOfBirth,
        sex: () => row.sex,
        gender: () => row.gender,
        citizenships: () => row.citizenships.join(" "),
        destinationCountry: () => row.destinationCountry,
        referralSource: () =>
          labels.referralSource ? labels.referralSource(row.referralSource) : row.referralSource,
        healthNote: () => note("health"),
        traffickingNote: () => note("trafficking"),
        identityDocumentsNote: () => note("identity_documents"),
      };
      return input.columns.map((column) => values[column]());
    });
    const last = rows.at(-1);
    if (!last || rows.length < EXPORT_BATCH) return;
    after = { at: last.openedAt, id: last.id };
  }
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/**
 * A case list as CSV or XLSX, streamed: the actor's scope and the list's filters, the columns
 * they chose, sensitive fields withheld exactly as on screen. Audited when it starts (who, which
 * filter and columns) and when it ends (how many rows, or that it stopped early).
 */
export async function exportCases(context: Context, raw: unknown, labels: ExportLabels): Promise<ExportFile> {
  const ctx = await authed(context, "case.export");
  await authorize(ctx, { kind: "case.export" });
  const parsed = caseExportInput.safeParse(raw);
  if (!parsed.success) return deny(ctx, "case.export", "BAD_REQUEST");
  const input = parsed.data;
  const { format, columns, ...filter } = input;
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action: "case.export",
    outcome: "allowed",
    ip: ctx.ip,
    detail: { format, columns, filter },
  });
  const source: TableSource = {
    header: columns.map((c) => labels.column(c)),
    batches: caseBatches(ctx, input, labels),
    onDone: (rows, completed) =>
      appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "case.export.finished",
        outcome: completed ? "allowed" : "failed",
        ip: ctx.ip,
        detail: { format, rows, completed },
      }),
  };
  const stamp = officeToday(new Date());
  return {
    fileName: `cases-${stamp}.${format}`,
    contentType: CONTENT_TYPES[format],
    body: format === "csv" ? csvStream(source) : xlsxStream(source, "Cases"),
  };
}
