import { appendAudit } from "@kelias/db";
import {
  caseScope,
  lastTwelveMonths,
  officeToday,
  PROGRAMMES,
  type Programme,
  reportPeriod,
} from "@kelias/domain";
import { z } from "zod";
import { authorize, deny } from "../authorize";
import { dashboardFigures } from "../reports/dashboard-figures";
import { type AuthedContext, authedProcedure, router } from "../trpc";

export const dashboardInput = z
  .object({
    /** One managed programme, or (when absent) all of them. */
    programme: z.enum(PROGRAMMES).optional(),
    /** Defaults to the twelve months up to today. */
    period: reportPeriod.optional(),
  })
  .default({});

/** The programmes the figures cover: those the actor manages, or the one asked for if managed. */
export async function dashboardProgrammes(
  ctx: AuthedContext,
  action: string,
  programme: Programme | undefined,
): Promise<Programme[]> {
  await authorize(ctx, { kind: "dashboard.read" });
  const managed = caseScope(ctx.user, "access").managedProgrammes;
  if (programme && !managed.includes(programme)) {
    return deny(ctx, action, "FORBIDDEN", { entityType: "programme", entityId: programme });
  }
  return programme ? [programme] : PROGRAMMES.filter((p) => managed.includes(p));
}

export const dashboardRouter = router({
  /** Every figure of the manager's dashboard, computed in SQL within the programmes they manage. */
  figures: authedProcedure
    .meta({ action: "dashboard.read" })
    .input(dashboardInput)
    .query(async ({ ctx, input }) => {
      const programmes = await dashboardProgrammes(ctx, "dashboard.read", input.programme);
      const today = officeToday(new Date());
      const period = input.period ?? lastTwelveMonths(today);
      const figures = await dashboardFigures(ctx, caseScope(ctx.user, "access"), programmes, period, today);
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "dashboard.read",
        outcome: "allowed",
        ip: ctx.ip,
        detail: { programmes, period },
      });
      return { ...figures, today };
    }),
});
