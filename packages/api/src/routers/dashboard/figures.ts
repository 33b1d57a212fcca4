import { caseScope, lastTwelveMonths, officeToday } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { dashboardFigures } from "../../reports/dashboard-figures";
import { reportProgrammes, reportRequestInput } from "../../reports/report-programmes";
import { authedProcedure } from "../../trpc";

/** Every figure of the manager's dashboard, computed in SQL within the programmes they manage. */
export const figures = authedProcedure
  .meta({ action: "dashboard.read" })
  .input(reportRequestInput)
  .query(async ({ ctx, input }) => {
    const programmes = await reportProgrammes(ctx, input.programme);
    const today = officeToday(new Date());
    const period = input.period ?? lastTwelveMonths(today);
    const result = await dashboardFigures(ctx, caseScope(ctx.user, "access"), programmes, period, today);
    const target = { entityType: "programme", entityId: input.programme ?? null };
    await recordAllowed(ctx.db, ctx, "dashboard.figures", target, { programmes, period });
    return { ...result, today };
  });
