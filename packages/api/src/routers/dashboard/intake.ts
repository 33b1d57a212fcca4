import { lastTwelveMonths, officeToday } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { intakeFigures } from "../../reports/intake-figures";
import { reportProgrammes, reportRequestInput } from "../../reports/report-programmes";
import { authedProcedure } from "../../trpc";

/**
 * The dashboard's entry points and feedback: cases opened per referral source, feedback received,
 * open complaints and feedback resolved, within the programmes the actor manages.
 */
export const intake = authedProcedure
  .meta({ action: "dashboard.read" })
  .input(reportRequestInput)
  .query(async ({ ctx, input }) => {
    const programmes = await reportProgrammes(ctx, input.programme);
    const period = input.period ?? lastTwelveMonths(officeToday(new Date()));
    const result = await intakeFigures(ctx, programmes, period);
    const target = { entityType: "programme", entityId: input.programme ?? null };
    await recordAllowed(ctx.db, ctx, "dashboard.intake", target, { programmes, period });
    return { ...result, programmes, period };
  });
