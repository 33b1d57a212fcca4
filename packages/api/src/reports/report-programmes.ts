import { can, PROGRAMMES, type Programme, reportPeriod } from "@kelias/domain";
import { z } from "zod";
import { authorize } from "../authorize";
import type { AuthedContext } from "../context";

/** What the dashboard and the period report are asked for: a programme and a period, both optional. */
export const reportRequestInput = z
  .object({
    /** One managed programme, or (when absent) all of them. */
    programme: z.enum(PROGRAMMES).optional(),
    /** Defaults to the twelve months up to today. */
    period: reportPeriod.optional(),
  })
  .default({});

/**
 * The programmes the figures cover: those the actor manages, or the one asked for if managed. A
 * refusal is audited under `ctx.action` (the procedure, or the export route).
 */
export async function reportProgrammes(
  ctx: AuthedContext & { action: string },
  programme: Programme | undefined,
): Promise<Programme[]> {
  if (programme) {
    await authorize(
      ctx,
      { kind: "dashboard.read", programme },
      { entityType: "programme", entityId: programme },
    );
    return [programme];
  }
  await authorize(ctx, { kind: "dashboard.read" });
  return PROGRAMMES.filter((p) => can(ctx.user, { kind: "dashboard.read", programme: p }));
}
