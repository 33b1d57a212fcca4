import { z } from "zod";
import { PROGRAMMES } from "./programmes";

export const caseCreateInput = z.object({
  personId: z.uuid(),
  programme: z.enum(PROGRAMMES),
});
export type CaseCreateInput = z.infer<typeof caseCreateInput>;

export const caseListInput = z
  .object({
    programme: z.enum(PROGRAMMES).optional(),
    /** "mine": cases the actor is assigned to; "all": every case the actor's scope allows. */
    view: z.enum(["mine", "all"]).default("mine"),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .default({ view: "mine", limit: 50, offset: 0 });
export type CaseListInput = z.infer<typeof caseListInput>;

export const caseGetInput = z.object({ id: z.uuid() });
