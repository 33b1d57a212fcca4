import { caseAssignments, cases, type Executor, nextCaseReference } from "@kelias/db";
import { alwaysRestricted, initialState, type Programme, type ReferralSource } from "@kelias/domain";

/**
 * A new case of the programme for the person, in the caller's transaction: the next reference, the
 * programme's first state, owned (and assigned) to `ownerId`. Counter-trafficking cases are always
 * restricted: the people in them may be in danger.
 */
export async function insertCase(
  tx: Executor,
  input: {
    programme: Programme;
    personId: string;
    ownerId: string;
    now: Date;
    /** How the person came to the office (the entry point). */
    referralSource: ReferralSource;
    referralSourceDetail?: string;
  },
): Promise<{ id: string; reference: string }> {
  const reference = await nextCaseReference(tx, input.programme, input.now.getUTCFullYear());
  const [row] = await tx
    .insert(cases)
    .values({
      reference,
      programme: input.programme,
      state: initialState(input.programme),
      personId: input.personId,
      ownerId: input.ownerId,
      restricted: alwaysRestricted(input.programme),
      referralSource: input.referralSource,
      referralSourceDetail: input.referralSourceDetail ?? "",
      openedAt: input.now,
    })
    .returning({ id: cases.id, reference: cases.reference });
  if (!row) throw new Error("case insert returned nothing");
  await tx.insert(caseAssignments).values({ caseId: row.id, userId: input.ownerId, kind: "owner" });
  return row;
}
