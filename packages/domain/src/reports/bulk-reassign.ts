import { z } from "zod";
import { idInput, textInput, versionInput } from "../input-schemas";

/** The most cases one bulk reassignment moves: a caseload, not the whole office. */
export const MAX_BULK_REASSIGN = 200;

/**
 * Moves cases from one caseworker to another: each case names the version the manager saw, and
 * the whole move is refused if any of them changed meanwhile.
 */
export const bulkReassignInput = z
  .object({
    fromUserId: idInput(),
    toUserId: idInput(),
    cases: z
      .array(z.object({ caseId: idInput(), version: versionInput }))
      .min(1, "required")
      .max(MAX_BULK_REASSIGN, "too_many")
      .refine((list) => new Set(list.map((c) => c.caseId)).size === list.length, { message: "duplicate" }),
    note: textInput(2000).default(""),
  })
  .refine((input) => input.fromUserId !== input.toUserId, { message: "same_person", path: ["toUserId"] });
export type BulkReassignInput = z.infer<typeof bulkReassignInput>;
