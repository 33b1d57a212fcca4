import {
  can,
  type FamilyMemberState,
  type FamilyMoveCode,
  type FamilyRelationship,
  familyIdInput,
  familyStepsFrom,
  planFamilyTransition,
} from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { familyTarget, pendingApprovalCases, personNamesOf, requireFamily } from "../../family/load";
import { authedProcedure } from "../../trpc";
import { guardFacts } from "../../workflow/guard-facts";

export type FamilyMemberView =
  | {
      visible: true;
      caseId: string;
      relationship: FamilyRelationship;
      reference: string;
      state: string;
      version: number;
      restricted: boolean;
      givenName: string;
      familyName: string;
      approvalPending: boolean;
    }
  /** A member whose case the reader may not read: nothing of them is shown. */
  | { visible: false };

export interface FamilyStepView {
  to: string;
  /** Whether every member may take it now; otherwise who may not, and why. */
  allowed: boolean;
  needsApproval: boolean;
  refusals: { caseId: string; errors: FamilyMoveCode[] }[];
}

/**
 * A family: its members (those whose cases the reader may not read shown only as withheld), and,
 * for whoever may move it (every member's case), the family steps from where the members stand
 * with who would be refused and why.
 */
export const get = authedProcedure
  .meta({ action: "family.read" })
  .input(familyIdInput)
  .query(async ({ ctx, input }) => {
    const { family, members } = await requireFamily(ctx, input.familyId, "family.read");
    const readable = members.filter((m) => can(ctx.user, { kind: "case.read", case: m.facts }));
    const [names, pending] = await Promise.all([
      personNamesOf(
        ctx.db,
        readable.map((m) => m.caseId),
      ),
      pendingApprovalCases(
        ctx.db,
        readable.map((m) => m.caseId),
      ),
    ]);
    const views: FamilyMemberView[] = members.map((m) => {
      if (!readable.includes(m)) return { visible: false };
      const name = names.get(m.caseId);
      return {
        visible: true,
        caseId: m.caseId,
        relationship: m.relationship,
        reference: m.row.reference,
        state: m.row.state,
        version: m.row.version,
        restricted: m.row.restricted,
        givenName: name?.givenName ?? "",
        familyName: name?.familyName ?? "",
        approvalPending: pending.has(m.caseId),
      };
    });
    const mayMove = can(ctx.user, { kind: "family.update", members: members.map((m) => m.facts) });
    let steps: FamilyStepView[] = [];
    if (mayMove) {
      const states: FamilyMemberState[] = await Promise.all(
        members.map(async (m) => ({
          caseId: m.caseId,
          state: m.row.state,
          facts: (await guardFacts(ctx.db, m.caseId)).facts,
          approvalPending: pending.has(m.caseId),
        })),
      );
      const targets = [
        ...new Set(members.flatMap((m) => familyStepsFrom(family.programme, m.row.state).map((s) => s.to))),
      ];
      steps = targets.map((to) => {
        const plan = planFamilyTransition(family.programme, states, to);
        return plan.ok
          ? { to, allowed: true, needsApproval: plan.needsApproval, refusals: [] }
          : { to, allowed: false, needsApproval: false, refusals: plan.refusals };
      });
    }
    await recordAllowed(ctx.db, ctx, "family.get", familyTarget(family.id), {});
    return {
      id: family.id,
      programme: family.programme,
      version: family.version,
      members: views,
      mayChange: mayMove,
      steps,
    };
  });
