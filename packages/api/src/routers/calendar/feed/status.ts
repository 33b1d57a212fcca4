import { z } from "zod";
import { authorize } from "../../../authorize";
import { feedStatus } from "../../../my-day/calendar-feed";
import { authedProcedure } from "../../../trpc";

/** Whether the actor has a calendar feed, since when, and when a calendar last fetched it. */
export const status = authedProcedure
  .meta({ action: "calendar.read" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "calendar.read" });
    return feedStatus(ctx.db, ctx.user.id);
  });
