import { readSecuritySettings } from "@kelias/auth";
import { z } from "zod";
import { authorize } from "../../../authorize";
import { authedProcedure } from "../../../trpc";

/** The office's sign-in settings in force (the defaults, version 0, until the first save). */
export const get = authedProcedure
  .meta({ action: "security.manage" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "security.manage" });
    return readSecuritySettings(ctx.db);
  });
