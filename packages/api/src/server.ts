/** Server-only entry: the router, the callers and the start-up hooks. */
import { clientIp, currentSession } from "@kelias/auth";
import { sharedDatabase } from "@kelias/db";
import type { Context } from "./context";
import { calendarFeed, type FeedLabels } from "./my-day/calendar-feed";
import { appRouter } from "./root";
import { createCallerFactory } from "./trpc";

export { AUDIT_CSV_COLUMNS, exportAuditCsv } from "./audit-export";
export { boot, bootOrExit, health } from "./boot";
export type { Context } from "./context";
export { readCaseDocument, replaceCaseDocument, uploadCaseDocument } from "./documents";
export { handleTrpcRequest, PRIVATE_NO_STORE } from "./http";
export { handoverPublicKey, readHandoverFile } from "./origin-handover/files";
export { type HandoverVerification, verifyHandover } from "./origin-handover/package";
export { type ExportFile, type ExportLabels, exportCases } from "./reports/case-export";
export { type CtdcLabels, exportCtdc } from "./reports/ctdc-export";
export { exportPeriodReport, type ReportLabels } from "./reports/period-report";
export { type AppRouter, appRouter } from "./root";
export { type SetPasswordResult, setPasswordWithToken } from "./set-password";

export const createCaller = createCallerFactory(appRouter);

/** The context of one HTTP request or server render. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const { db } = await sharedDatabase();
  const session = await currentSession();
  return {
    db,
    user: session.user,
    ip: clientIp(headers.get("x-forwarded-for")),
    sessionId: session.sessionId,
    pendingEnrolment: session.pendingEnrolment,
  };
}

export { calendarFeed, type FeedLabels };

/**
 * The calendar feed of the request's token (no session: the token is the credential), as
 * iCalendar text; NOT_FOUND for a wrong, replaced or revoked token.
 */
export async function calendarFeedFor(headers: Headers, token: string, labels: FeedLabels): Promise<string> {
  const { db } = await sharedDatabase();
  return calendarFeed({ db, ip: clientIp(headers.get("x-forwarded-for")) }, token, labels);
}
